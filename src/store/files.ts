/**
 * The file primitives the embedded store stands on: atomic JSON writes, a corrupt file moved
 * aside rather than overwritten, and a lock file so two processes on one machine take turns.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { tempWriter, writeFileAtomic } from '../facts/atomic-write.js';

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
    const pid = tempWriter(path, name);
    if (pid !== null && pid !== process.pid && !isAlive(pid)) unlinkSync(join(dir, name));
  }
}

export class LockTimeoutError extends Error {}

interface LockOwner {
  pid: number;
  host: string;
  at: string;
}

/**
 * Runs `fn` while holding `path` as a lock file, waiting up to `timeoutMs` for another holder.
 * A lock whose process has died (same machine) or that is older than `staleMs` is taken over,
 * so a crash never wedges the bot.
 */
export async function withLock<T>(path: string, fn: () => Promise<T>, opts: { timeoutMs?: number; staleMs?: number; pollMs?: number } = {}): Promise<T> {
  const { timeoutMs = 60_000, staleMs = 10 * 60_000, pollMs = 50 } = opts;
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (tryCreate(path)) break;
    if (isStale(path, staleMs)) {
      try {
        unlinkSync(path);
      } catch {
        // Another waiter removed it first; whoever creates it next wins.
      }
      continue;
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(`${path} is held by another process (${describeOwner(path)}); gave up after ${Math.round(timeoutMs / 1000)} s.`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: taken over as stale by someone else; nothing of ours to clean.
    }
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    const owner: LockOwner = { pid: process.pid, host: hostname(), at: new Date().toISOString() };
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

function isStale(path: string, staleMs: number): boolean {
  const owner = readOwner(path);
  // Unreadable: its holder is between creating and writing it, or died right there.
  if (!owner) return ageMs(path) > 5_000;
  if (owner.host === hostname() && !isAlive(owner.pid)) return true;
  return Date.now() - Date.parse(owner.at) > staleMs;
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

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
