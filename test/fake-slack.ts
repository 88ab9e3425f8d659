/**
 * A Slack-compatible Web API on a loopback socket, for what nock cannot reach: child processes
 * (the CLI, `npm start`) and the end-to-end benchmark. Records every call; replies can be
 * scripted per method, and a fault switched on and off mid-run for every method (or some):
 * an HTTP status, a platform error, or a stall (the request is held, never answered, until
 * `recover()`). Posted messages are kept per channel and read back by conversations.history.
 */
import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Call {
  method: string;
  body: Record<string, any>;
  at: number;
  /** The HTTP status it was answered with; unset while stalled (or if the caller gave up first). */
  status?: number;
  /** Slack's `ok` in the answer. */
  ok?: boolean;
}

export type Reply = { status?: number; headers?: Record<string, string>; body?: unknown };

export type Fault = { kind: 'status'; status: number; headers?: Record<string, string> } | { kind: 'error'; error: string } | { kind: 'stall' };

export interface FakeSlack {
  /** Base URL for SLACK_API_URL, ending in /api/. */
  url: string;
  calls: Call[];
  /** Messages posted per channel, newest last, as conversations.history returns them. */
  messages: Map<string, Array<Record<string, any>>>;
  /** The next calls of `method` get these replies, in order; after them, `{ ok: true }`. */
  script(method: string, ...replies: Reply[]): void;
  /** From now on every call (or every call of `methods`) meets this fault, until recover(). */
  fail(fault: Fault, methods?: string[]): void;
  /** Faults off; stalled requests are answered normally now. */
  recover(): void;
  /** Faults off for new requests; those already stalled stay stalled (until they time out, or recover()). */
  heal(): void;
  /** Requests held by a stall right now. */
  stalled(): number;
  /** Called on every chat.postMessage before it is answered (for timing, or to break the disk meanwhile). */
  onPost?: (call: Call) => void;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const scripted = new Map<string, Reply[]>();
  let fault: { fault: Fault; methods: Set<string> | null } | null = null;
  const held: Array<() => void> = [];
  let ts = 1000;
  const fake: FakeSlack = {
    url: '',
    calls: [],
    messages: new Map(),
    script: (method, ...replies) => scripted.set(method, [...(scripted.get(method) ?? []), ...replies]),
    fail: (f, methods) => {
      fault = { fault: f, methods: methods ? new Set(methods) : null };
    },
    recover: () => {
      fault = null;
      for (const release of held.splice(0)) release();
    },
    heal: () => {
      fault = null;
    },
    stalled: () => held.length,
    close: () =>
      new Promise((resolve) => {
        for (const release of held.splice(0)) release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const answer = (method: string, call: Call, res: ServerResponse) => {
    const reply = scripted.get(method)?.shift() ?? { body: defaultBody(fake, method, call.body, ++ts) };
    if (res.destroyed) return;
    call.status = reply.status ?? 200;
    call.ok = (reply.body as { ok?: boolean } | undefined)?.ok ?? true;
    res.writeHead(call.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(reply.body ?? { ok: true }));
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
      const call: Call = { method, body: parse(raw, req.headers['content-type'] ?? ''), at: performance.now() };
      fake.calls.push(call);
      const f = fault && (!fault.methods || fault.methods.has(method)) ? fault.fault : null;
      if (f?.kind === 'stall') {
        held.push(() => answer(method, call, res));
        return;
      }
      if (f?.kind === 'status') {
        call.status = f.status;
        call.ok = false;
        res.writeHead(f.status, { 'content-type': 'application/json', ...f.headers });
        res.end(JSON.stringify({ ok: false, error: `http_${f.status}` }));
        return;
      }
      if (f?.kind === 'error') {
        call.status = 200;
        call.ok = false;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: f.error }));
        return;
      }
      if (method === 'chat.postMessage') fake.onPost?.(call);
      answer(method, call, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  return fake;
}

function defaultBody(fake: FakeSlack, method: string, body: Record<string, any>, ts: number): unknown {
  if (method === 'auth.test') return { ok: true, user_id: 'U0LAN0Z89', bot_id: 'B0BOT', team_id: 'T1', team: 'Test team', user: 'factbot' };
  if (method === 'chat.postMessage') {
    const message = { type: 'message', ts: `${ts}.000100`, text: body.text, bot_id: 'B0BOT', ...(body.thread_ts ? { thread_ts: body.thread_ts } : {}), ...(body.metadata ? { metadata: body.metadata } : {}) };
    const list = fake.messages.get(body.channel) ?? [];
    list.push(message);
    fake.messages.set(body.channel, list);
    return { ok: true, channel: body.channel, ts: message.ts };
  }
  if (method === 'conversations.history') {
    const all = fake.messages.get(body.channel) ?? [];
    const withMeta = body.include_all_metadata === true || body.include_all_metadata === 'true';
    return { ok: true, messages: [...all].reverse().map((m) => (withMeta ? m : { ...m, metadata: undefined })), has_more: false };
  }
  if (method === 'conversations.replies') {
    const all = (fake.messages.get(body.channel) ?? []).filter((m) => m.thread_ts === body.ts || m.ts === body.ts);
    const withMeta = body.include_all_metadata === true || body.include_all_metadata === 'true';
    return { ok: true, messages: all.map((m) => (withMeta ? m : { ...m, metadata: undefined })), has_more: false };
  }
  return { ok: true };
}

function parse(raw: string, type: string): Record<string, any> {
  if (type.includes('json')) return JSON.parse(raw || '{}');
  const out: Record<string, any> = Object.fromEntries(new URLSearchParams(raw));
  for (const k of ['blocks', 'view', 'metadata']) if (typeof out[k] === 'string') out[k] = JSON.parse(out[k]);
  return out;
}
