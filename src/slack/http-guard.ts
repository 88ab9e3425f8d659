/**
 * In front of Bolt's HTTP receiver: what it does not check, checked before it reads a byte.
 * - A body that is not a JSON object (`null`, a number) would throw inside Bolt, outside any
 *   handler, and take the process down: it gets a 400 here.
 * - A timestamp more than five minutes in the future is refused like one five minutes old
 *   (Bolt only checks the past), so a captured request cannot be replayed later.
 * - While shutting down, events get a 503: Slack retries them, elsewhere or after the restart,
 *   instead of handing them to a process about to exit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_CLOCK_SKEW_S = 5 * 60;
/** Bolt's own default, kept: Slack's payloads are far smaller. */
export const BODY_LIMIT = 10 * 1024 * 1024;

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface GuardLogger {
  warn(msg: string): void;
}

export function guardRequests(inner: Listener, opts: { eventsPath: string; draining: () => boolean; logger: GuardLogger; now?: () => number }): Listener {
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== opts.eventsPath) return inner(req, res);
    if (opts.draining()) return refuse(res, 503, 'shutting down; Slack will retry');
    const stamp = Number(req.headers['x-slack-request-timestamp']);
    const now = (opts.now?.() ?? Date.now()) / 1000;
    if (Number.isFinite(stamp) && stamp - now > MAX_CLOCK_SKEW_S) {
      opts.logger.warn('Refused a request stamped more than 5 minutes in the future (a clock far off, or a replay).');
      req.resume();
      return refuse(res, 401, 'timestamp in the future');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > BODY_LIMIT) {
        done = true;
        opts.logger.warn(`Refused a request body over ${BODY_LIMIT} bytes.`);
        refuse(res, 413, 'too large');
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('error', () => {
      done = true;
      if (!res.headersSent) refuse(res, 400, 'bad request');
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      const raw = Buffer.concat(chunks);
      if (!isObjectBody(raw, String(req.headers['content-type'] ?? ''))) {
        opts.logger.warn('Refused a request whose body is not a Slack payload (not a JSON object).');
        return refuse(res, 400, 'not a Slack payload');
      }
      // Bolt reads a body it finds already buffered here instead of the (spent) stream.
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
      try {
        inner(req, res);
      } catch {
        if (!res.headersSent) refuse(res, 500, 'error');
      }
    });
  };
}

function isObjectBody(raw: Buffer, type: string): boolean {
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const payload = new URLSearchParams(raw.toString('utf8')).get('payload');
    if (payload === null) return true;
    return isObjectJson(payload);
  }
  return isObjectJson(raw.toString('utf8'));
}

function isObjectJson(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    // Malformed JSON: Bolt answers it with its own 400 (after checking the signature).
    return true;
  }
}

function refuse(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(text);
}
