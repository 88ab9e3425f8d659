/**
 * What a documents folder holds: its document files and those of its collections (sub-folders,
 * one level deep), named relative to it ("hr/pay.md"), and which collections are private.
 * Read by both text extraction and the build, so they always see the same files.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DOCUMENT_EXTENSIONS = /\.(txt|md|markdown|csv|tsv|pdf|docx|html?)$/i;
/** The kinds of file a folder's documents may be, as messages name them. */
export const DOCUMENT_KINDS = '.txt, .md, .csv, .pdf, .docx or .html';

/** A collection's folder holding a file of this name is private. */
export const PRIVATE_MARK = '.private';

export interface FolderListing {
  /** Relative names, sorted, so builds are reproducible. */
  files: string[];
  /** Collection name → private. */
  collections: Map<string, boolean>;
  /** Collections whose folder could not be listed, and files of a kind that is not read, with why. */
  unreadable: Array<{ name: string; reason: string }>;
}

/** `names`: the folder's entries, when the caller has listed it already. */
export function listDocuments(dir: string, names: string[] = readdirSync(dir)): FolderListing {
  const files: string[] = [];
  const collections = new Map<string, boolean>();
  const unreadable: FolderListing['unreadable'] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    // A folder named like a document ("notes.md") stays a file name: reading it says what it is.
    const other = otherKind(name);
    if (DOCUMENT_EXTENSIONS.test(name)) files.push(name);
    else if (other) unreadable.push({ name, reason: other });
    else if (isFolder(join(dir, name))) {
      let inside: string[] = [];
      try {
        inside = readdirSync(join(dir, name));
      } catch (err) {
        unreadable.push({ name, reason: `the collection cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
      }
      collections.set(name, inside.includes(PRIVATE_MARK));
      for (const f of inside) {
        if (f.startsWith('.')) continue;
        const inner = otherKind(f);
        if (DOCUMENT_EXTENSIONS.test(f)) files.push(`${name}/${f}`);
        else if (inner) unreadable.push({ name: `${name}/${f}`, reason: inner });
      }
    }
  }
  return { files: files.sort(), collections, unreadable };
}

/**
 * Documents a team keeps in a kind that is not read, and how to make them readable: said, so that a
 * workbook dropped in the folder is not silently never answered from. (Images and the like are not documents.)
 */
const OTHER_KINDS: Array<[RegExp, string]> = [
  [/\.(xlsx|xlsm|xls|ods|numbers)$/i, 'it is a spreadsheet workbook: export the sheet as .csv'],
  [/\.(doc|rtf|odt|pages)$/i, 'this word-processor format is not read: save it as .docx, .pdf or .txt'],
  [/\.(pptx|ppt|odp|key)$/i, 'it is a slide deck: save it as .pdf'],
];
function otherKind(name: string): string | undefined {
  return OTHER_KINDS.find(([ext]) => ext.test(name))?.[1];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
