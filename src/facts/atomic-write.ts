/** The one way files are saved: the fact table here, the store's state above. */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

/**
 * Write to `<path>.<pid>.tmp`, flush, then rename over `path`: a crash at any point leaves
 * either the old complete file or the new complete one, never half of either.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPath(path, process.pid);
  const fd = openSync(tmp, 'w');
  try {
    try {
      // writeFileSync on a descriptor loops until all of it is written (a table can be 100+ MB).
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    // A full disk or a vanished folder: the half-written file would sit there for ever.
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** `<path>.<pid>.tmp`: one temporary file per writer, named so a crashed one can be found. */
export const tempPath = (path: string, pid: number): string => `${path}.${pid}.tmp`;

/** The writer's pid if `name` is a temporary file (of `path`'s, when given: a file beside it). */
export function tempWriter(name: string, path?: string): number | null {
  const m = /\.(\d+)\.tmp$/.exec(name);
  if (!m || (path !== undefined && name !== tempPath(basename(path), Number(m[1])))) return null;
  return Number(m[1]);
}

/** A temporary file whose writer died between write and rename: never to be renamed, and the real file is intact. */
export function isTornWrite(name: string, path?: string): boolean {
  const pid = tempWriter(name, path);
  return pid !== null && pid !== process.pid && !isAlive(pid);
}

/** Whether a process of this machine is running (a writer whose temporary file may still be renamed). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
