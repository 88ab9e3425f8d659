/**
 * A throwaway PostgreSQL server for tests: a fresh cluster (initdb) in a temporary folder,
 * listening on a loopback port, trusted for local connections, removed at stop. As root the
 * server runs as the `postgres` user (PostgreSQL refuses to run as root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgServer {
  url: string;
  port: number;
  stop(): void;
}

const asRoot = process.getuid?.() === 0;

/** initdb and pg_ctl: on PATH, or where Debian's postgresql package puts them (not on PATH). */
function binDir(): string | null {
  if (spawnSync('initdb', ['--version']).status === 0) return '';
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}
const bin = binDir();
const run = (cmd: string, args: string[]) => {
  const path = bin ? join(bin, cmd) : cmd;
  return asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', path, ...args], { stdio: 'pipe' }) : execFileSync(path, args, { stdio: 'pipe' });
};

export function postgresAvailable(): boolean {
  return bin !== null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export async function startPostgres(): Promise<PgServer> {
  if (!postgresAvailable()) throw new Error('PostgreSQL is not installed here (initdb not found): apt-get install postgresql, or run .ci/run, which installs it.');
  const dir = mkdtempSync(join(tmpdir(), 'factbot-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start']);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
