/**
 * A Slack-compatible Web API on a loopback socket, for what nock cannot reach: child processes
 * (the CLI) and the end-to-end benchmark. Records every call; replies can be scripted per method.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Call {
  method: string;
  body: Record<string, any>;
  at: number;
}

export type Reply = { status?: number; headers?: Record<string, string>; body?: unknown };

export interface FakeSlack {
  /** Base URL for SLACK_API_URL, ending in /api/. */
  url: string;
  calls: Call[];
  /** The next calls of `method` get these replies, in order; after them, `{ ok: true }`. */
  script(method: string, ...replies: Reply[]): void;
  /** Called on every chat.postMessage, for timing. */
  onPost?: (call: Call) => void;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const scripted = new Map<string, Reply[]>();
  let ts = 1000;
  const fake: FakeSlack = {
    url: '',
    calls: [],
    script: (method, ...replies) => scripted.set(method, [...(scripted.get(method) ?? []), ...replies]),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
      const call: Call = { method, body: parse(raw, req.headers['content-type'] ?? ''), at: performance.now() };
      fake.calls.push(call);
      if (method === 'chat.postMessage') fake.onPost?.(call);
      const reply = scripted.get(method)?.shift() ?? { body: defaultBody(method, call.body, ++ts) };
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body ?? { ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  return fake;
}

function defaultBody(method: string, body: Record<string, any>, ts: number): unknown {
  if (method === 'auth.test') return { ok: true, user_id: 'U0LAN0Z89', bot_id: 'B0BOT', team_id: 'T1' };
  if (method === 'chat.postMessage') return { ok: true, channel: body.channel, ts: `${ts}.000100` };
  return { ok: true };
}

function parse(raw: string, type: string): Record<string, any> {
  if (type.includes('json')) return JSON.parse(raw || '{}');
  const out: Record<string, any> = Object.fromEntries(new URLSearchParams(raw));
  for (const k of ['blocks', 'view', 'metadata']) if (typeof out[k] === 'string') out[k] = JSON.parse(out[k]);
  return out;
}
