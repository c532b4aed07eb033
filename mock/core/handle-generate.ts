// The handler of the endpoints a model answers (chat, completions, embeddings…): admission, reply, metering, all
// from the facts of the routed row of the endpoint table (ctx.endpoint). The pipeline has checked the body's size
// and the key.
import type { RequestContext } from './context.ts';
import { apiError, errors } from './errors.ts';
import { isoTime } from './clock.ts';
import { GenerationRefusal, type Generated } from './generation.ts';
import { hooks } from './hooks.ts';
import { priceOf, tokenCostOf } from './options.ts';
import { bearsTokens, paced } from './latency/pace.ts';
import { waitWhole } from './latency/gate.ts';
import type { TakeResult } from './rate-limiter.ts';
import type { ScriptedError, ScriptSubject } from './script.ts';
import { SSE_HEADERS, STREAM_WRITERS } from './sse.ts';
import type { MockState } from './state.ts';
import type { MockDraft } from './types.ts';
import { validateRequest } from './validation.ts';
import type { EndpointEntry, RequestBody } from './endpoints/types.ts';
import { journalAnswer } from './journal-answer.ts';

export async function handleGenerate(state: MockState, ctx: RequestContext): Promise<MockDraft> {
  const { options } = state;
  const entry = ctx.endpoint!; // the table routes only its own rows here
  const endpoint = entry.path;
  if (!ctx.parsed.ok) return errors.unparseableJson();
  const body = ctx.parsed.value;
  const invalid = entry.schemas.request === undefined ? undefined : validateRequest(entry.schemas.request, body);
  if (invalid) return errors.invalidBody(invalid.message, invalid.param, invalid.code);
  const request = body as RequestBody;
  const model = state.models.get(request.model);
  if (!model) return errors.modelNotFound(request.model);
  if (!entry.modelKinds.includes(model.kind)) return errors.wrongModelKind(model.id, endpoint, entry.modelKinds[0]);
  // quirks rewrite the request before any limit is checked: a parameter a quirk ignores (max-tokens-ignored,
  // B41) is ignored everywhere, the output-limit check and the token estimate included
  const rewritten = hooks.request(request, ctx) as RequestBody;
  for (const param of entry.capParams) {
    const asked = rewritten[param];
    if (typeof asked === 'number' && model.maxOutputTokens !== undefined && asked > model.maxOutputTokens) {
      return errors.tooManyTokens(param, asked, model.maxOutputTokens);
    }
  }
  const limited = entry.limits?.(rewritten, model);
  if (limited)
    return apiError(400, {
      message: limited.message,
      type: limited.type ?? 'invalid_request_error',
      param: limited.param,
      code: limited.code,
    });
  const stream = entry.stream !== 'none' && request.stream === true;
  if (ctx.journal) ctx.journal.stream = stream;

  const rejected = hooks.reject(request, ctx);
  if (rejected) return rejected;

  // admission: quota and rate limits are checked and taken in one synchronous step, so concurrent
  // requests can neither overspend the quota nor slip past a limit
  const reservation = state.ledger.reserve(ctx.fp, options.quota);
  if (!reservation) return errors.insufficientQuota();
  const estimate = estimateTokens(ctx.req.body ?? '', rewritten, entry.capParams);
  const taken = state.limiter.take(ctx.fp, estimate);
  if (!taken.ok) {
    state.ledger.release(reservation);
    return rateLimited(taken, model.id);
  }
  let metered = false;
  try {
    const scripted = state.script.size === 0 ? undefined : state.script.take(scriptSubject(entry, request));
    if (scripted && 'error' in scripted) return scriptedError(scripted.error);
    let generated: Generated;
    try {
      generated = entry.generate!(rewritten, model, ctx, state.options.clock, scripted, state);
    } catch (error) {
      if (error instanceof GenerationRefusal) return error.response;
      throw error;
    }
    state.limiter.adjust(ctx.fp, generated.usage.total - estimate);
    if (ctx.journal) ctx.journal.answer = journalAnswer(generated.body, generated.chunks);

    const streamed = stream && generated.chunks !== undefined; // a quirk may answer stream: true with JSON
    const cost = priceOf(options, model.id);
    state.ledger.commit(reservation, {
      id: ctx.id,
      model: model.id,
      endpoint,
      stream: streamed,
      tokens: generated.usage,
      cost,
      tokenCost: tokenCostOf(options, model.id, generated.usage),
      time: isoTime(ctx.started),
    });
    metered = true;
    const headers = taken.headers; // a fresh object per admission: add to it rather than copy it
    headers['x-conform-metered-units'] = '1';
    headers['x-conform-metered-cost'] = String(cost);
    if (options.latencyMs > 0) await sleep(options.latencyMs);
    // a latency profile: wait in line for capacity (and a cold start), then pace the answer
    const ticket = state.latency && (await state.latency.admit(ctx.req.signal));
    if (ticket) ctx.req.signal?.addEventListener('abort', ticket.release, { once: true });
    if (streamed && generated.chunks && entry.stream !== 'none') {
      const writer = STREAM_WRITERS[entry.stream];
      const chunks = hooks.chunks(generated.chunks, ctx);
      let frames = hooks.frames(writer.frames(chunks), ctx, writer);
      if (ticket) {
        const plan = { tokens: generated.usage.completion, tokenFrames: chunks.filter(bearsTokens).length };
        frames = paced(frames, ticket, plan, ctx.req.signal);
      }
      return { status: 200, headers: Object.assign(headers, SSE_HEADERS), stream: frames };
    }
    if (ticket) {
      await waitWhole(ticket, generated.usage.completion, state.latency!.profile.tokensPerSecond, ctx.req.signal);
      ticket.release();
    }
    if (generated.raw) {
      headers['content-type'] = generated.raw.contentType;
      return {
        status: 200,
        headers,
        body: generated.raw.text ?? '',
        ...(generated.raw.bytes ? { bytes: generated.raw.bytes } : {}),
      };
    }
    headers['content-type'] = 'application/json';
    return { status: 200, headers, body: hooks.render(generated.body, ctx) };
  } finally {
    if (!metered) state.ledger.release(reservation);
  }
}

/** What script rules match on: the row's reader of its body, and the replies the row can give. */
function scriptSubject(entry: EndpointEntry, request: RequestBody): ScriptSubject {
  const read = entry.script?.subject(request) ?? { lastUserMessage: '', tools: [], turn: 1 };
  return { endpoint: entry.path, accepts: entry.script?.replies ?? [], model: String(request.model), ...read };
}

function rateLimited(refusal: Extract<TakeResult, { ok: false }>, model: string): MockDraft {
  const unit = refusal.kind === 'requests' ? 'requests per min (RPM)' : 'tokens per min (TPM)';
  const wait =
    refusal.retryAfterMs < 1000
      ? `${refusal.retryAfterMs}ms`
      : `${(refusal.retryAfterMs / 1000).toFixed(3).replace(/\.?0+$/, '')}s`;
  return apiError(
    429,
    {
      message: `Rate limit reached for ${model} in organization org-conform-mock on ${unit}: Limit ${refusal.limit}, Used ${refusal.used}, Requested ${refusal.requested}. Please try again in ${wait}. Visit https://platform.openai.com/account/rate-limits to learn more.`,
      type: refusal.kind,
      param: null,
      code: 'rate_limit_exceeded',
    },
    {
      ...refusal.headers,
      'retry-after': String(Math.ceil(refusal.retryAfterMs / 1000)),
      'retry-after-ms': String(refusal.retryAfterMs),
    },
  );
}

function scriptedError(e: ScriptedError): MockDraft {
  const type =
    e.type ?? (e.status === 429 ? 'rate_limit_exceeded' : e.status >= 500 ? 'server_error' : 'invalid_request_error');
  return apiError(
    e.status,
    {
      message: e.message ?? `Scripted error ${e.status}.`,
      type,
      param: e.param ?? null,
      code: e.code === undefined ? null : e.code,
    },
    e.headers,
  );
}

/** what the request may cost before it runs, for the tokens-per-minute limit (adjusted to the real usage after):
 * its text (≈4 bytes a token), plus the largest output cap it sets among the row's capped parameters, per choice */
function estimateTokens(raw: string, request: Record<string, unknown>, capParams: readonly string[]): number {
  const cap = Math.max(0, ...capParams.map((p) => positive(request[p]) ?? 0));
  const n = typeof request.n === 'number' && request.n > 0 ? request.n : 1;
  return Math.ceil(raw.length / 4) + cap * n;
}

function positive(v: unknown): number | undefined {
  return typeof v === 'number' && v > 0 ? v : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
