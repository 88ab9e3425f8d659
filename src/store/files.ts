/**
 * The file primitives the embedded store stands on: atomic JSON writes, a corrupt file moved
 * aside rather than overwritten, and a lock file so two processes on one machine take turns.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { isAlive, isTornWrite, writeFileAtomic } from '../facts/atomic-write.js';

export class CorruptStateError extends Error {
  constructor(
    readonly path: string,
    readonly movedTo: string,
    reason: string,
  ) {
    super(`${path} could not be read (${reason}); it was moved to ${movedTo} and the bot starts from empty state. Restore it from there if that was a mistake.`);
  }
}

/** Readable JSON, written atomically (see writeFileAtomic). */
export function writeJsonAtomic(path: string, data: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(data, null, 1)}\n`);
}

/**
 * The parsed file, or `fallback` when there is none. A file that does not parse or fails `valid`
 * is moved aside (never overwritten) and reported through `CorruptStateError` as `warning`.
 */
export function readJson<T>(path: string, fallback: T, valid: (v: unknown) => v is T): { value: T; warning?: CorruptStateError } {
  removeTornWrites(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { value: fallback };
    throw err;
  }
  let reason: string;
  try {
    const parsed: unknown = JSON.parse(text);
    if (valid(parsed)) return { value: parsed };
    reason = 'not the expected shape';
  } catch (err) {
    reason = (err as Error).message;
  }
  const movedTo = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, movedTo);
  return { value: fallback, warning: new CorruptStateError(path, movedTo, reason) };
}

/** Temporary files left by a process that died between write and rename; the real file is intact. */
function removeTornWrites(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (isTornWrite(name, path)) unlinkSync(join(dir, name));
  }
}

export class LockTimeoutError extends Error {}

interface LockOwner {
  pid: number;
  host: string;
  at: string;
  /** Whose lock this is: only the holder with this token removes it. */
  token: string;
}

/**
 * Runs `fn` while holding `path` as a lock file, waiting up to `timeoutMs` for another holder.
 * The holder renews the lock (its modification time) every `staleMs / 4` while it lives; a lock
 * not renewed for `staleMs`, or whose process has died (same machine), is taken over, so a crash
 * never wedges the bot while a slow holder is never robbed. Only the holder removes its lock.
 */
export async function withLock<T>(path: string, fn: () => Promise<T>, opts: { timeoutMs?: number; staleMs?: number; pollMs?: number } = {}): Promise<T> {
  const { timeoutMs = 60_000, staleMs = 2 * 60_000, pollMs = 50 } = opts;
  mkdirSync(dirname(path), { recursive: true });
  const token = randomUUID();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (tryCreate(path, token)) break;
    const stale = staleOwner(path, staleMs);
    if (stale !== null) {
      takeOver(path, stale);
      continue;
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(`${path} is held by another process (${describeOwner(path)}); gave up after ${Math.round(timeoutMs / 1000)} s.`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
  const renew = setInterval(() => {
    try {
      if (readOwner(path)?.token === token) utimesSync(path, new Date(), new Date());
    } catch {
      // Gone or unwritable: the next holder's problem, not a reason to stop this one.
    }
  }, Math.max(10, staleMs / 4));
  renew.unref();
  try {
    return await fn();
  } finally {
    clearInterval(renew);
    release(path, token);
  }
}

function release(path: string, token: string): void {
  // Taken over (we were judged dead) and held by someone else now: theirs to remove.
  if (readOwner(path)?.token !== token) return;
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/**
 * Moves a stale lock aside, only if it is still the one judged stale (same token): two waiters
 * judging at once cannot remove a lock the quicker of them has just created.
 */
function takeOver(path: string, stale: string): void {
  const aside = `${path}.stale-${randomUUID()}`;
  try {
    if ((readOwner(path)?.token ?? '') !== stale) return;
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside)?.token ?? '';
  // Lost the race after all: the lock just renamed is a live one; put it back.
  if (moved !== stale) {
    try {
      renameSync(aside, path);
    } catch {
      // Someone holds the path again; the live holder's renewals stop at its next check.
    }
    return;
  }
  try {
    unlinkSync(aside);
  } catch {
    // Removed by someone else.
  }
}

function tryCreate(path: string, token: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    const owner: LockOwner = { pid: process.pid, host: hostname(), at: new Date().toISOString(), token };
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

/** The token of a lock that may be taken over ('' for an unreadable one), or null while it is live. */
function staleOwner(path: string, staleMs: number): string | null {
  const owner = readOwner(path);
  // Unreadable: its holder is between creating and writing it, or died right there.
  if (!owner) return ageMs(path) > 5_000 ? '' : null;
  if (owner.host === hostname() && !isAlive(owner.pid)) return owner.token ?? '';
  return ageMs(path) > staleMs ? (owner.token ?? '') : null;
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function describeOwner(path: string): string {
  const o = readOwner(path);
  return o ? `pid ${o.pid} on ${o.host} since ${o.at}` : 'unknown holder';
}

