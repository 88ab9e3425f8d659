import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The benchmark's smoke run: every code path of `npm run bench` on tiny inputs, checked for a
// correct report, never for timings (a shared CI machine makes those meaningless).
describe('npm run bench -- --smoke', () => {
  it('builds, answers, compares with Fuse.js and drives the app end to end', async () => {
    const { code, out, err } = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn('node_modules/.bin/tsx', ['bench/run.ts', '--smoke']);
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (c) => resolve({ code: c, out, err }));
    });
    expect(code, err).toBe(0);
    expect(out).toMatch(/^Machine: .+cores.+GiB, Node v\d+/m);
    expect(out).toMatch(/\| seeds \| 2 \| [\d,]+ \| \d+ \|/);
    expect(out).toMatch(/\| SOTU 2% \| \d+ \|/);
    expect(out).toMatch(/\| seeds \| 76 \| later \|/);
    expect(out).toMatch(/\| plain Fuse\.js \|/);
    expect(out).toMatch(/\| 1 \| files \| 20 \| 5 \| [\d.]+ \| .* \| 20 of 20 \(0 missing\) \|/);
    // Two instances on one PostgreSQL server, each mention answered once.
    expect(out).toMatch(/\| 2 \| PostgreSQL \| 20 \| 5 \| [\d.]+ \| .* \| 20 of 20 \(0 missing\) \|/);
    expect(err).toMatch(/written to .*results\.md/);
    expect(err).not.toMatch(/bench\/results\.md/);
  }, 300_000);
});
