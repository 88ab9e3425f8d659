/** Text folding shared by fact building and question analysis, so both sides compare alike. */

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
};

/** Curly quotes to straight ones; keeps length so offsets stay valid. */
export function straightenQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033]/g, (c) => QUOTES[c] ?? c);
}

/** Lower case, straight quotes, no diacritics (Türkiye → turkiye). */
export function fold(s: string): string {
  return straightenQuotes(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** FNV-1a, 32 bit, as 8 hex digits: ids and change detection, not security. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function wordCount(s: string): number {
  const m = s.trim().match(/\S+/g);
  return m ? m.length : 0;
}
