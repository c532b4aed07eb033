// One call through the real openai SDK whose fetch is our recording transport: every attempt (retries
// included) is an exchange with via 'sdk' and is drawn from the probe's allowance.
import OpenAI from 'openai';
import type { RunContext, SdkOutcome, Transcript } from './types.ts';
import { type Allowance, BudgetRefusal, TargetDead } from './budget.ts';
import { INVALID_KEY, noteHealth, type Session } from './session.ts';
import { sendRecorded } from './transport/http.ts';

const MAX_CHUNKS = 10_000;

export async function runSdkCall(
  session: Session,
  ctx: RunContext,
  transcript: Transcript,
  allowance: Allowance,
  since: () => number,
  label: string,
  fn: (client: OpenAI) => Promise<unknown>,
  opts: { maxRetries?: number; auth?: 'default' | 'invalid' } = {},
): Promise<SdkOutcome> {
  const maxRetries = opts.maxRetries ?? 0;
  let attempts = 0;
  let refusal: string | undefined;
  let dead = false; // after our deadline the SDK may still wake from a retry sleep: it must not send
  const recordingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (dead) throw new BudgetRefusal('[conform] the SDK call was abandoned after its deadline');
    if (session.health.dead) {
      refusal = session.health.dead;
      throw new TargetDead(refusal);
    }
    const why = allowance.take();
    if (why) {
      refusal = why;
      throw new BudgetRefusal(why);
    }
    attempts++;
    session.sent.count++;
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    const body = sendable(init?.body);
    const wantsStream = typeof body === 'string' && /"stream"\s*:\s*true/.test(body);
    const sentAtMs = since();
    const { exchange, full } = await sendRecorded(
      {
        label: attempts === 1 ? label : `${label}.retry-${attempts - 1}`,
        via: 'sdk',
        method: init?.method ?? 'GET',
        url,
        headers,
        body,
        stream: wantsStream || 'auto',
        signal: init?.signal ?? undefined,
        keepFull: true,
      },
      session.limits,
      session.redactor,
    );
    exchange.sentAtMs = sentAtMs;
    transcript.exchanges.push(exchange);
    noteHealth(session, exchange);
    if (!full) {
      const err = new Error(exchange.error?.message ?? 'request failed');
      // the SDK maps an AbortError or a "timed out" message to APIConnectionTimeoutError
      if (exchange.error?.kind === 'timeout') err.name = 'AbortError';
      throw err;
    }
    const noBody = full.status === 204 || full.status === 205 || full.status === 304;
    const answer = noBody ? null : full.cut ? cutBody(full.text, full.cut) : (full.bytes ?? full.text);
    return new Response(answer, { status: full.status, statusText: full.statusText, headers: full.headers });
  };

  // openai-node probes a fetch without a Response property for FormData support by fetching 'data:,' through it
  Object.assign(recordingFetch, { Response });
  const client = new OpenAI({
    baseURL: session.baseUrl,
    apiKey: opts.auth === 'invalid' ? INVALID_KEY : session.apiKey,
    organization: null,
    project: null,
    fetch: recordingFetch,
    maxRetries,
    // our transport enforces the real deadlines; the SDK's own timeout would also cover the stream we
    // buffer before handing it over, so it gets the longest one
    timeout: session.limits.streamTotalMs,
    defaultHeaders: ctx.headers,
  });

  const outcome: SdkOutcome = { label, sdkVersion: `openai-node ${ctx.sdk.version}`, ok: false };
  const chunks: unknown[] = [];
  const call = async () => {
    const v = await fn(client);
    if (v !== null && typeof v === 'object' && Symbol.asyncIterator in v) {
      // a stream: the engine drains it, so chunks seen before a mid-stream error are kept
      outcome.chunks = chunks;
      for await (const chunk of v as AsyncIterable<unknown>) {
        if (chunks.length < MAX_CHUNKS) chunks.push(jsonSafe(chunk));
      }
      const final = (v as { finalChatCompletion?: () => Promise<unknown> }).finalChatCompletion;
      return typeof final === 'function' ? final.call(v) : chunks;
    }
    return v;
  };
  const deadlineMs = session.limits.streamTotalMs * (maxRetries + 1) + session.limits.timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new SdkDeadline(`[conform] the SDK call did not settle within ${deadlineMs} ms (retry sleeps included)`),
        ),
      deadlineMs,
    );
  });
  try {
    const value = await Promise.race([call(), deadline]);
    outcome.ok = true;
    if (value !== undefined) outcome.value = jsonSafe(value);
  } catch (err) {
    outcome.error = describeError(err, session);
  } finally {
    clearTimeout(timer);
    dead = true;
  }
  outcome.attempts = attempts;
  if (refusal) throw session.health.dead === refusal ? new TargetDead(refusal) : new BudgetRefusal(refusal);
  return session.redactor.deep(outcome);
}

/** the bodies the SDK sends: JSON text, a multipart form (uploads) or bytes; anything else is summarised */
function sendable(body: RequestInit['body']): string | FormData | Uint8Array<ArrayBuffer> | undefined {
  if (body == null) return undefined;
  if (typeof body === 'string' || body instanceof FormData) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof Uint8Array) return new Uint8Array(body);
  return '[non-text body]';
}

/** what the network gave: the text read, then the error that cut it (as undici raises it, a TypeError) */
function cutBody(text: string, message: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      if (text !== '') controller.enqueue(new TextEncoder().encode(text));
      controller.error(new TypeError(message));
    },
  });
}

class SdkDeadline extends Error {
  override name = 'ConformDeadline';
}

function describeError(err: unknown, session: Session): NonNullable<SdkOutcome['error']> {
  const e = err as Record<string, unknown> & { constructor?: { name?: string } };
  const cls = err instanceof SdkDeadline ? 'ConformDeadline' : (e?.constructor?.name ?? typeof err);
  const out: NonNullable<SdkOutcome['error']> = {
    class: cls,
    message: session.redactor.text(String((e?.message as string | undefined) ?? err)),
  };
  if (typeof e?.status === 'number') out.status = e.status;
  if (err instanceof OpenAI.APIError) {
    if (e.type !== undefined) out.type = jsonSafe(e.type);
    if (e.code !== undefined) out.code = jsonSafe(e.code);
    if (e.param !== undefined) out.param = jsonSafe(e.param);
    out.requestID = (e.requestID as string | null | undefined) ?? null;
  }
  return out;
}

/** a plain-JSON copy (what a saved transcript can hold) */
export function jsonSafe(v: unknown): unknown {
  if (v === undefined) return undefined;
  try {
    return JSON.parse(JSON.stringify(v));
  } catch {
    return String(v);
  }
}
