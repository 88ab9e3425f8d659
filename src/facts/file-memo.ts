/**
 * What was made from a file, kept with the file's stamp (inode, size, modified and changed
 * times), so a running engine that checks its folder after every change reads and hashes only
 * the files that changed, not the whole library. Any write moves the changed time, which no
 * tool sets back; file systems that keep no reliable times are covered by the periodic full
 * check, which reads without a memo.
 */
import type { Stats } from 'node:fs';

export class FileMemo<T> {
  private entries = new Map<string, { stamp: string; value: T }>();
  private seen = new Set<string>();

  get(path: string, st: Stats): T | undefined {
    this.seen.add(path);
    const entry = this.entries.get(path);
    return entry && entry.stamp === stampOf(st) ? entry.value : undefined;
  }

  set(path: string, st: Stats, value: T): void {
    this.seen.add(path);
    this.entries.set(path, { stamp: stampOf(st), value });
  }

  /** Forgets the files not looked at since the last sweep: deleted or renamed, they would only hold memory. */
  sweep(): void {
    for (const path of this.entries.keys()) if (!this.seen.has(path)) this.entries.delete(path);
    this.seen.clear();
  }
}

function stampOf(st: Stats): string {
  return `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}
