/** Slots: the times the schedule says a digest is due. A slot is posted at most once. */
import { Cron } from 'croner';
import type { DigestConfig } from './config.js';

type Schedule = Pick<DigestConfig, 'cron' | 'timezone'>;

/** Asks a paused croner job about the schedule, never leaving it running. */
function ask<T>(schedule: Schedule, question: (cron: Cron) => T): T {
  const cron = new Cron(schedule.cron, { timezone: schedule.timezone, paused: true });
  try {
    return question(cron);
  } finally {
    cron.stop();
  }
}

/** The latest scheduled time at or before `now` (a second's grace, for timers firing a hair early). */
export const currentSlot = (schedule: Schedule, now: Date): Date | null => ask(schedule, (cron) => cron.previousRuns(1, new Date(now.getTime() + 1000))[0] ?? null);

/** The first scheduled time after `now`, or null for a schedule that has ended. */
export const nextSlot = (schedule: Schedule, now: Date): Date | null => ask(schedule, (cron) => cron.nextRun(now));

export const slotId = (slot: Date): string => slot.toISOString();

/** "Monday, 23 November 2026", in the digest's time zone. */
export function slotDate(slot: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: timezone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(slot);
}
