// One recorded HTTP exchange over raw fetch, with a deadline and a size cap on everything it reads:
// a hostile target can hang, reset, stream forever or send gigabytes, and we still return promptly
// with at most `maxBytes` held in memory.
import type { Exchange, RecordedResponse, SseFrame, TransportErrorKind } from '../types.ts';
import type { Redactor } from './redact.ts';
import { SseParser } from './sse-parser.ts';

export interface TransportLimits {
  timeoutMs: number; // no headers, or (streams) no byte, within this → 'timeout'; whole non-stream exchange deadline
  streamTotalMs: number; // a stream still open after this → 'endless'
  maxBytes: number; // read at most this much, then abort ('too-large', or 'endless' for a stream)
  storeBytes: number; // the body text kept in the transcript
  maxFrames: number; // a stream with more SSE events → 'endless'
}

export const DEFAULT_LIMITS: TransportLimits = {
  timeoutMs: 30_000,
  streamTotalMs: 120_000,
  maxBytes: 8 * 1024 * 1024,
  storeBytes: 256 * 1024,
  maxFrames: 10_000,
};

export interface OutgoingRequest {
  label: string;
  via: 'wire' | 'sdk';
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** read the body as SSE frames: true, false, or 'auto' (when the response says text/event-stream) */
  stream: boolean | 'auto';
  signal?: AbortSignal;
  /** keep the whole body (≤ maxBytes) to hand on, as the SDK needs; raw probes only keep the stored part */
  keepFull?: boolean;
}

export interface ExchangeResult {
  exchange: Exchange;
  /** the whole body text (≤ maxBytes) and headers, to hand to the SDK; absent when reading failed */
  full?: { text: string; status: number; statusText: string; headers: Headers };
}

export async function sendRecorded(req: OutgoingRequest, limits: TransportLimits, redactor: Redactor): Promise<ExchangeResult> {
  const exchange: Exchange = {
    label: req.label,
    via: req.via,
    request: {
      method: req.method,
      url: redactor.text(req.url),
      headers: redactor.headers(req.headers),
      ...(req.body !== undefined ? { body: redactor.text(req.body) } : {}),
    },
  };
  const t0 = performance.now();
  const since = () => Math.round((performance.now() - t0) * 10) / 10;
  const controller = new AbortController();
  let reason: TransportErrorKind | undefined;
  let detail: string | undefined; // what exactly tripped the limit
  const abort = (kind: TransportErrorKind, why?: string) => {
    if (!reason) {
      reason = kind;
      detail = why;
    }
    controller.abort();
  };
  const onExternalAbort = () => abort('aborted');
  req.signal?.addEventListener('abort', onExternalAbort, { once: true });
  let idle = setTimeout(() => abort('timeout'), limits.timeoutMs);
  let total: NodeJS.Timeout | undefined;
  let streaming = false;
  let res: Response | undefined;
  let response: RecordedResponse | undefined;
  let fullText = '';
  try {
    res = await fetch(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      signal: controller.signal,
      redirect: 'manual', // never follow the target elsewhere with our credentials
    });
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    streaming = req.stream === 'auto' ? (headers['content-type'] ?? '').includes('text/event-stream') : req.stream;
    response = { status: res.status, headers: redactor.headers(headers), body: '', bodyBytes: 0, ttfbMs: since(), totalMs: 0 };
    const frames: SseFrame[] = [];
    if (streaming) {
      response.frames = frames;
      total = setTimeout(() => abort('endless', `still open after ${limits.streamTotalMs} ms`), limits.streamTotalMs);
    } else {
      // a non-stream exchange has one deadline for headers and body together
    }
    const parser = streaming ? new SseParser() : undefined;
    const decoder = new TextDecoder();
    const rec = response;
    const take = (text: string, t: number) => {
      if (text === '') return;
      if (req.keepFull) fullText += text;
      if (rec.body.length < limits.storeBytes) {
        const room = limits.storeBytes - rec.body.length;
        rec.body += text.length > room ? text.slice(0, room) : text;
        if (text.length > room) rec.truncated = true;
      } else rec.truncated = true;
      if (parser) frames.push(...parser.feed(text, t));
    };
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const t = since();
        if (rec.firstByteMs === undefined) rec.firstByteMs = t;
        rec.bodyBytes += value.byteLength;
        if (rec.bodyBytes > limits.maxBytes) {
          rec.truncated = true;
          abort(streaming ? 'endless' : 'too-large', `more than ${limits.maxBytes} bytes`);
          await reader.cancel().catch(() => {});
          break;
        }
        if (streaming) {
          clearTimeout(idle); // a stream's deadline is per byte: slow is fine, silent is not
          idle = setTimeout(() => abort('timeout'), limits.timeoutMs);
        }
        take(decoder.decode(value, { stream: true }), t);
        if (frames.length > limits.maxFrames) {
          abort('endless', `more than ${limits.maxFrames} events`);
          await reader.cancel().catch(() => {});
          break;
        }
      }
    }
    if (!reason) {
      take(decoder.decode(), since());
      if (parser) frames.push(...parser.end(since()));
    }
    rec.body = redactor.text(rec.body);
    for (const f of frames) {
      f.raw = redactor.text(f.raw);
      if (f.data !== undefined) f.data = redactor.text(f.data);
    }
  } catch (err) {
    reason ??= classify(err);
    exchange.error = { kind: reason, message: redactor.text(describe(reason, err, limits, detail)) };
  } finally {
    clearTimeout(idle);
    clearTimeout(total);
    req.signal?.removeEventListener('abort', onExternalAbort);
  }
  if (response) {
    response.totalMs = since();
    exchange.response = response;
  }
  if (reason && !exchange.error) exchange.error = { kind: reason, message: describe(reason, undefined, limits, detail) };
  if (reason || !res || !response) return { exchange };
  return { exchange, full: { text: fullText, status: res.status, statusText: res.statusText, headers: res.headers } };
}

function classify(err: unknown): TransportErrorKind {
  const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (e?.name === 'AbortError') return 'aborted';
  const code = e?.cause?.code ?? e?.code ?? '';
  if (/ECONNRESET|ECONNREFUSED|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|UND_ERR_SOCKET|UND_ERR_CLOSED/.test(code)) return 'connection';
  if (e?.name === 'TypeError' && /fetch failed|terminated/i.test(String((err as Error).message))) return 'connection';
  return 'other';
}

function describe(kind: TransportErrorKind, err: unknown, limits: TransportLimits, detail?: string): string {
  switch (kind) {
    case 'timeout':
      return `timed out: no response within ${limits.timeoutMs} ms`;
    case 'too-large':
      return `body larger than ${limits.maxBytes} bytes: stopped reading`;
    case 'endless':
      return `stream did not end (${detail ?? 'too long'}): stopped reading`;
    case 'aborted':
      return 'aborted by the caller';
    default: {
      const e = err as { message?: string; cause?: { message?: string; code?: string } };
      const cause = e?.cause ? ` (${e.cause.code ?? e.cause.message ?? ''})` : '';
      return `${kind === 'connection' ? 'connection failed' : 'request failed'}: ${e?.message ?? String(err)}${cause}`;
    }
  }
}
