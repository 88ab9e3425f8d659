/** `npm start` as a user runs it: its own process, HTTP mode, Slack faked on loopback; signed requests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';

export interface AppProcess {
  port: number;
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  exited: Promise<number | null>;
  waitForOutput(pattern: RegExp, ms?: number): Promise<void>;
  /** Resolves once /healthz answers at all (any status). */
  health(method?: 'GET' | 'HEAD'): Promise<{ status: number; text: string }>;
  /** A signed POST to /slack/events. */
  send(body: string, opts?: { ts?: number; contentType?: string }): Promise<Response>;
  mention(text: string, channel?: string): Promise<{ res: Response; ts: string }>;
  stop(): Promise<void>;
}

export const SECRET = 'fault-test-secret';

export async function freePort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(check: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

let events = 0;

export async function startAppProcess(env: Record<string, string>, opts: { waitForHealth?: boolean } = {}): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, SLACK_BOT_TOKEN: 'xoxb-fault-test', SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: '', DIGEST_CHANNEL: '', PORT: String(port), ...env },
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const send: AppProcess['send'] = (body, o = {}) => {
    const stamp = o.ts ?? Math.floor(Date.now() / 1000);
    const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${stamp}:${body}`).digest('hex')}`;
    return fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': o.contentType ?? 'application/json', 'x-slack-request-timestamp': String(stamp), 'x-slack-signature': sig }, body });
  };
  const app: AppProcess = {
    port,
    child,
    output: () => out,
    exited,
    waitForOutput: (pattern, ms = 15_000) => until(() => pattern.test(out), ms, `output matching ${pattern}`),
    health: async (method = 'GET') => {
      const res = await fetch(`${base}/healthz`, { method });
      return { status: res.status, text: await res.text() };
    },
    send,
    mention: async (text, channel = 'C1') => {
      const ts = `${Math.floor(Date.now() / 1000)}.${String(++events).padStart(6, '0')}`;
      const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `EvFault${Date.now()}${events}`, event_time: 1, event: { type: 'app_mention', user: `U${events}`, text: `<@U0LAN0Z89> ${text}`, channel, ts } });
      return { res: await send(body), ts };
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
  if (opts.waitForHealth !== false) {
    await until(() => app.health().then(() => true, () => child.exitCode !== null), 40_000, 'the app to listen');
    if (child.exitCode !== null) throw new Error(`the app exited at start: ${out}`);
  }
  return app;
}

/** No stack trace lines and no token in what an operator sees. */
export function plainOutput(text: string, token = 'xoxb-fault-test'): boolean {
  return !/^\s+at .+:\d+:\d+\)?$/m.test(text) && !text.includes(token);
}
