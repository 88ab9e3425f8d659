import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Tests never write into the working tree's data folder.
process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'factbot-test-'));
