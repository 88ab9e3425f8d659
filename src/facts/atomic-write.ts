/** The one way files are saved: the fact table here, the store's state above. */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Write to `<path>.<pid>.tmp`, flush, then rename over `path`: a crash at any point leaves
 * either the old complete file or the new complete one, never half of either.
 */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    // writeFileSync on a descriptor loops until all of it is written (a table can be 100+ MB).
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
