/** Where the bot keeps what it saves (tables, extracted text, state): DATA_DIR, default ./data. */
import { join } from 'node:path';

export function dataDirOf(env: Record<string, string | undefined> = process.env): string {
  return env.DATA_DIR?.trim() || 'data';
}

/** Text extracted from PDF, DOCX and HTML files, by content hash (convert.ts). */
export const extractedDirOf = (dataDir = dataDirOf()): string => join(dataDir, 'extracted');
