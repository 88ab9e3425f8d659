import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = 'node_modules/.bin/tsx';

function ask(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(TSX, ['src/cli/ask.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run ask', () => {
  it('prints the answer as a person reads it', () => {
    const r = ask(["Who did Netanyahu ask to convey assurances to Iran?"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Answer: Vladimir Putin/);
    expect(r.out).toMatch(/Vladimir Putin to convey|Putin to convey/);
    expect(r.out).toMatch(/confidence 0\.\d\d/);
  });

  it("reads the team's own synonyms from SYNONYMS_FILE, and says so in one line when it cannot, answering all the same", () => {
    const dir = mkdtempSync(join(tmpdir(), 'factbot-cli-'));
    writeFileSync(join(dir, 'staff.md'), '# Staff guide\n\nThere are five training days a year when the children are not in school.\n\nThe school day ends at 3:20.\n');
    const file = join(dir, 'synonyms.txt');
    writeFileSync(file, '# our words\ninset, training\n');
    const withFile = ask(['--seeds', dir, 'how many inset days are there?'], undefined, { SYNONYMS_FILE: file });
    expect(withFile.code).toBe(0);
    expect(withFile.out).toMatch(/^Answer: five training days/);
    expect(withFile.err).not.toMatch(/SYNONYMS_FILE/);
    const missing = ask(['--seeds', dir, 'when does the school day end?'], undefined, { SYNONYMS_FILE: join(dir, 'nope.txt') });
    expect(missing.code).toBe(0);
    expect(missing.err).toMatch(/warning: SYNONYMS_FILE .*nope\.txt could not be read \(not found\); answering with the shipped synonyms only\./);
    expect(missing.out).toMatch(/^Answer: 3:20/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '# nothing yet\nlonely\n');
    const none = ask(['--seeds', dir, 'when does the school day end?'], undefined, { SYNONYMS_FILE: empty });
    expect(none.code).toBe(0);
    expect(none.err).toMatch(/warning: SYNONYMS_FILE .*empty\.txt has no groups \(one a line, words separated by commas\); answering with the shipped synonyms only\./);
    expect(none.out).toMatch(/^Answer: 3:20/);
  });

  it('prints the JSON contract with --json', () => {
    const r = ask(['--json', "Who did Netanyahu ask to convey assurances to Iran?"]);
    const a = JSON.parse(r.out);
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['question', 'answered', 'answer', 'quote', 'source', 'confidence', 'alternatives']));
    expect(a.source).toEqual(expect.objectContaining({ document: expect.any(String), title: expect.any(String), paragraph: expect.any(Number) }));
    expect(Object.keys(a.alternatives[0]).sort()).toEqual(['confidence', 'quote', 'source']);
  });

  it('answers one question per line of standard input, in order, surviving garbage', () => {
    const r = ask(['--json'], "Who did Netanyahu ask to convey assurances to Iran?\n\n\u0000\u0001\uFFFD\nWhat is the capital of France?\n");
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.answered)).toEqual([true, false, false, false]);
    expect(rows[3].quote).toBeNull();
    expect(r.code).toBe(0);
  });

  it('names the section in the one-line answers read from standard input, since a list item may mean what its heading says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factbot-cli-'));
    writeFileSync(join(dir, 'expenses.md'), ['# Expenses', '', '## Not covered', '', '- Fines and parking tickets', '- Alcohol, except at client dinners', '', '## Covered', '', '- Taxis after 22:00'].join('\n'));
    const r = ask(['--seeds', dir], 'can I expense a parking ticket?\n');
    expect(r.out.trim()).toMatch(/^"Fines and parking tickets" \(Expenses, section "Not covered", paragraph 1; confidence 0\.\d\d\)$/);
  });

  it('says clearly when it cannot answer, exit 0', () => {
    const r = ask(['What is the capital of France?']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/not confident the sources answer that/);
  });

  it('exits non-zero only for usage errors, with one clear line', () => {
    expect(ask(['--nope']).code).toBe(2);
    const missing = ask(['--seeds', '/no/such/folder', 'hi']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Cannot read the documents folder/);
  });
});
