/**
 * End to end as Slack would see it: the real app (`src/main.ts`, HTTP mode) in its own process,
 * a Slack-compatible Web API on a loopback socket, and signed `app_mention` requests sent
 * concurrently. Measures request sent → answer received by the fake Slack, and the ack time.
 */
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack } from '../test/fake-slack.js';

const SECRET = 'bench-signing-secret';
export const WARM_UP = 300;

export interface E2eResult {
  requests: number;
  concurrency: number;
  instances: number;
  store: 'files' | 'PostgreSQL';
  /** Milliseconds from sending the request to the app's HTTP response (Slack's 3-second ack). */
  ack: number[];
  /** Milliseconds from sending the request to chat.postMessage arriving at the fake Slack. */
  answer: number[];
  /** Requests whose answer never arrived. */
  missing: number;
  threadedCorrectly: number;
}

// The driver shares the machine with the app: plain keep-alive HTTP costs it far less CPU than fetch.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function post(port: number, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `instances` apps (round robin, as a load balancer would), on one PostgreSQL database when `databaseUrl` is given. */
export async function runE2e(opts: { requests: number; concurrency: number; seedsDir: string; questions: string[]; instances?: number; databaseUrl?: string }): Promise<E2eResult> {
  const slack = await startFakeSlack();
  const count = opts.instances ?? 1;
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  // `node --import tsx` rather than the tsx CLI: one process, and BENCH_APP_NODE_ARGS (e.g. --cpu-prof) reach it.
  const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const apps = ports.map((port) => spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: slack.url,
      PORT: String(port),
      SEEDS_DIR: opts.seedsDir,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'factbot-bench-e2e-')),
      RATE_LIMIT_PER_MINUTE: '10000',
      DIGEST_CHANNEL: '',
      DATABASE_URL: opts.databaseUrl ?? '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  }));
  try {
    for (const port of ports) {
      for (let i = 0; ; i++) {
        if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) break;
        if (i > 600) throw new Error('the app did not start within 60 s');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const waiting = new Map<string, (at: number) => void>();
    slack.onPost = (call) => waiting.get(String(call.body.thread_ts))?.(call.at);

    const send = async (n: number) => {
      const ts = `${1700000000 + n}.${String(n).padStart(6, '0')}`;
      const question = opts.questions[n % opts.questions.length];
      const body = JSON.stringify({
        type: 'event_callback',
        team_id: 'T1',
        api_app_id: 'A1',
        event_id: `EvBench${n}`,
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'app_mention', user: `U${n % 50}`, text: `<@U0LAN0Z89> ${question}`, channel: 'C1', ts },
      });
      const stamp = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${stamp}:${body}`).digest('hex')}`;
      const answered = new Promise<number>((resolve) => waiting.set(ts, resolve));
      const sent = performance.now();
      const status = await post(ports[n % ports.length], body, { 'content-type': 'application/json', 'x-slack-request-timestamp': String(stamp), 'x-slack-signature': signature });
      const ack = performance.now() - sent;
      if (status !== 200) throw new Error(`request ${n} got HTTP ${status}`);
      const at = await Promise.race([answered, new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
      waiting.delete(ts);
      return { ack, answer: at === null ? null : at - sent };
    };

    // Warm up as a bot that has been running a while (WordNet pages read, code optimised by the JIT), then measure.
    let warm = 0;
    await Promise.all(Array.from({ length: opts.concurrency }, async () => {
      while (warm < WARM_UP) await send(1_000_000 + warm++);
    }));
    slack.calls.length = 0;
    const ack: number[] = [];
    const answer: number[] = [];
    let missing = 0;
    let next = 0;
    const worker = async () => {
      while (next < opts.requests) {
        const r = await send(next++);
        ack.push(r.ack);
        if (r.answer === null) missing++;
        else answer.push(r.answer);
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
    const posts = slack.calls.filter((c) => c.method === 'chat.postMessage');
    const threadedCorrectly = posts.filter((c) => c.body.channel === 'C1' && typeof c.body.thread_ts === 'string').length;
    return { requests: opts.requests, concurrency: opts.concurrency, instances: count, store: opts.databaseUrl ? 'PostgreSQL' : 'files', ack, answer, missing, threadedCorrectly };
  } finally {
    for (const app of apps) {
      app.kill('SIGTERM');
      await new Promise((r) => app.once('exit', r));
    }
    await slack.close();
  }
}
