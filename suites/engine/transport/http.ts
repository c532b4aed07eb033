// One recorded HTTP exchange over raw fetch, with a deadline and a size cap on everything it reads:
// a hostile target can hang, reset, stream forever or send gigabytes, and we still return promptly
// with at most `maxBytes` held in memory. The whole body read is graded; results.json keeps `storeBytes`
// of it (see stored-copy.ts).
import type { Exchange, RecordedResponse, SseFrame, TransportErrorKind } from '../types.ts';
import type { Redactor } from './redact.ts';
import { SseParser } from './sse-parser.ts';
import { cutCause, describeBeforeHeaders, describeCut, kindBeforeHeaders } from './transport-error.ts';

export interface TransportLimits {
  timeoutMs: number; // no headers, or (streams) no byte, within this → 'timeout'; whole non-stream exchange deadline
  streamTotalMs: number; // a stream still open after this → 'endless'
  maxBytes: number; // read at most this much, then abort ('too-large', or 'endless' for a stream)
  storeBytes: number; // the body text kept in a saved run (results.json); graders see all that was read
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
  body?: string | FormData | Uint8Array<ArrayBuffer>;
  /** read the body as SSE frames: true, false, or 'auto' (when the response says text/event-stream) */
  stream: boolean | 'auto';
  signal?: AbortSignal;
  /** hand the whole body text (≤ maxBytes) on unredacted, as the SDK needs it */
  keepFull?: boolean;
}

export interface ExchangeResult {
  exchange: Exchange;
  /** the whole body text (≤ maxBytes, with keepFull) and headers, to hand to the SDK; absent when no answer was
   *  read or one of our limits stopped it. `cut`: the body stopped after the status line, with this message;
   *  `bytes`: a binary body (see isBinaryType), to hand on as bytes */
  full?: {
    text: string;
    bytes?: Uint8Array<ArrayBuffer>;
    status: number;
    statusText: string;
    headers: Headers;
    cut?: string;
  };
}

export async function sendRecorded(
  req: OutgoingRequest,
  limits: TransportLimits,
  redactor: Redactor,
): Promise<ExchangeResult> {
  const exchange: Exchange = {
    label: req.label,
    via: req.via,
    request: {
      method: req.method,
      url: redactor.text(req.url),
      headers: redactor.headers(req.headers),
      ...(req.body !== undefined ? { body: redactor.text(describeBody(req.body)) } : {}),
    },
  };
  const t0 = performance.now();
  const since = () => Math.round((performance.now() - t0) * 10) / 10;
  const controller = new AbortController();
  let reason: TransportErrorKind | undefined; // a limit of ours tripped (or the caller aborted)
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
  let res: Response | undefined;
  let response: RecordedResponse | undefined;
  let frames: SseFrame[] | undefined;
  let raw = ''; // the whole text read, as sent: graded (redacted) and handed to the SDK (as is)
  let cut: string | undefined; // why the body stopped after the status line
  let bytes: Uint8Array<ArrayBuffer> | undefined; // a binary body whole (isBinaryType), handed to the SDK as bytes
  try {
    res = await fetch(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      signal: controller.signal,
      redirect: 'manual', // never follow the target elsewhere with our credentials
    });
  } catch (err) {
    const kind = reason ?? kindBeforeHeaders(err);
    exchange.error = {
      kind,
      message: redactor.text(reason ? describeLimit(kind, limits, detail) : describeBeforeHeaders(kind, err)),
    };
  }
  if (res) {
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    const streaming =
      req.stream === 'auto' ? (headers['content-type'] ?? '').includes('text/event-stream') : req.stream;
    response = {
      status: res.status,
      headers: redactor.headers(headers),
      body: '',
      bodyBytes: 0,
      ttfbMs: since(),
      totalMs: 0,
    };
    // a non-stream exchange has one deadline for headers and body together; a stream gets a total too
    if (streaming) {
      frames = response.frames = [];
      total = setTimeout(() => abort('endless', `still open after ${limits.streamTotalMs} ms`), limits.streamTotalMs);
    }
    const parser = streaming ? new SseParser() : undefined;
    const decoder = new TextDecoder();
    // binary answers are kept as bytes too: text decoding would replace every invalid UTF-8 sequence
    const binary: Uint8Array<ArrayBuffer>[] | undefined =
      !streaming && isBinaryType(headers['content-type']) ? [] : undefined;
    const rec = response;
    const take = (text: string, t: number) => {
      if (text === '') return;
      raw += text;
      if (parser) frames!.push(...parser.feed(text, t));
    };
    try {
      const reader = res.body?.getReader();
      for (;;) {
        if (!reader) break;
        const { done, value } = await reader.read();
        if (done) break;
        const t = since();
        if (rec.firstByteMs === undefined) rec.firstByteMs = t;
        rec.bodyBytes += value.byteLength;
        if (rec.bodyBytes > limits.maxBytes) {
          // what fits under the cap is kept: the report shows how the body began
          take(
            decoder.decode(value.subarray(0, Math.max(0, limits.maxBytes - (rec.bodyBytes - value.byteLength))), {
              stream: true,
            }),
            t,
          );
          rec.truncated = true;
          abort(streaming ? 'endless' : 'too-large', `more than ${limits.maxBytes} bytes`);
          await reader.cancel().catch(() => {});
          break;
        }
        if (streaming) {
          clearTimeout(idle); // a stream's deadline is per byte: slow is fine, silent is not
          idle = setTimeout(() => abort('timeout'), limits.timeoutMs);
        }
        binary?.push(value);
        take(decoder.decode(value, { stream: true }), t);
        if (frames && frames.length > limits.maxFrames) {
          abort('endless', `more than ${limits.maxFrames} events`);
          await reader.cancel().catch(() => {});
          break;
        }
      }
    } catch (err) {
      if (!reason) cut = cutCause(err);
    }
    take(decoder.decode(), since());
    // an event the stream ended (or was cut) inside is kept, flagged incomplete
    if (parser) frames!.push(...parser.end(since()));
    if (reason === 'too-large' || reason === 'endless') {
      // not graded whole anyway: keep the stored part only, so memory stays bounded
      raw = raw.slice(0, limits.storeBytes);
      rec.truncated = true;
    }
    const read = { frames: frames?.filter((f) => !f.incomplete).length, bytes: rec.bodyBytes };
    if (reason) exchange.error = { kind: reason, message: describeLimit(reason, limits, detail, read) };
    else if (cut) exchange.error = { kind: 'cut', message: redactor.text(describeCut(cut, read)) };
    bytes = binary && !rec.truncated ? concatBytes(binary) : undefined;
    if (bytes) rec.encoding = 'base64';
    rec.body = redactor.text(bytes ? Buffer.from(bytes).toString('base64') : raw);
    for (const f of frames ?? []) {
      f.raw = redactor.text(f.raw);
      if (f.data !== undefined) f.data = redactor.text(f.data);
    }
    rec.totalMs = since();
    exchange.response = rec;
  }
  clearTimeout(idle);
  clearTimeout(total);
  req.signal?.removeEventListener('abort', onExternalAbort);
  if (!res || !response || reason) return { exchange };
  const full: ExchangeResult['full'] = {
    text: req.keepFull ? raw : '',
    ...(req.keepFull && bytes ? { bytes } : {}),
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  };
  if (cut) full.cut = `terminated: ${exchange.error!.message}`;
  return { exchange, full };
}

/** the sentence for one of our own limits; after the status line it says how far the read got */
function describeLimit(
  kind: TransportErrorKind,
  limits: TransportLimits,
  detail?: string,
  read?: { frames?: number; bytes: number },
): string {
  switch (kind) {
    case 'timeout':
      if (!read) return `timed out: no response within ${limits.timeoutMs} ms`;
      return read.frames !== undefined
        ? `timed out: the stream went silent for ${limits.timeoutMs} ms after ${read.frames} ${read.frames === 1 ? 'frame' : 'frames'}`
        : `timed out: the body did not finish within ${limits.timeoutMs} ms (${read.bytes.toLocaleString('en-US')} bytes read)`;
    case 'too-large':
      return `body larger than ${limits.maxBytes} bytes: stopped reading`;
    case 'endless':
      return `stream did not end (${detail ?? 'too long'}): stopped reading`;
    default:
      return 'aborted by the caller';
  }
}

/** audio, images, video and octet streams: bodies whose bytes matter and are not text */
export function isBinaryType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^\s*(audio|image|video)\/|^\s*application\/octet-stream/i.test(contentType);
}

/** a request body for the record: text as is, a form or bytes summarised (binary does not fit a transcript) */
export function describeBody(body: string | FormData | Uint8Array<ArrayBuffer>): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return `[${body.length} bytes]`;
  const fields: string[] = [];
  body.forEach((value, name) => {
    fields.push(
      typeof value === 'string'
        ? `${name}=${JSON.stringify(value.length > 200 ? `${value.slice(0, 199)}…` : value)}`
        : `${name}=[file ${JSON.stringify(value.name)}, ${value.type || 'no type'}, ${value.size} bytes]`,
    );
  });
  return `[multipart/form-data] ${fields.join(' ')}`;
}

function concatBytes(parts: Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
