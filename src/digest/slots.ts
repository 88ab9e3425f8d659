/** Slots: the times the schedule says a digest is due. A slot is posted at most once. */
import { Cron } from 'croner';
import type { DigestConfig } from './config.js';

type Schedule = Pick<DigestConfig, 'cron' | 'timezone'>;

/** The latest scheduled time at or before `now` (a second's grace, for timers firing a hair early). */
export function currentSlot(schedule: Schedule, now: Date): Date | null {
  const cron = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true });
  try {
    return cron.previousRuns(1, new Date(now.getTime() + 1000))[0] ?? null;
  } finally {
    cron.stop();
  }
}

/** The first scheduled time after `now`, or null for a schedule that has ended. */
export function nextSlot(schedule: Schedule, now: Date): Date | null {
  const cron = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true });
  try {
    return cron.nextRun(now);
  } finally {
    cron.stop();
  }
}

export const slotId = (slot: Date): string => slot.toISOString();

/** "Monday, 23 November 2026", in the digest's time zone. */
export function slotDate(slot: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: timezone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(slot);
}
