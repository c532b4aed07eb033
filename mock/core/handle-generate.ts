// POST /v1/chat/completions, /v1/completions and /v1/embeddings: admission, reply, metering. The pipeline has
// checked the body's size and the key.
import { ENDPOINT_KINDS } from './catalog.ts';
import type { RequestContext } from './context.ts';
import { apiError, errors } from './errors.ts';
import { isoTime } from './clock.ts';
import { generate, GenerationRefusal, type Generated } from './generation.ts';
import { hooks } from './hooks.ts';
import { priceOf, tokenCostOf } from './options.ts';
import { bearsTokens, paced } from './latency/pace.ts';
import { waitWhole } from './latency/gate.ts';
import type { TakeResult } from './rate-limiter.ts';
import { scriptSubject } from './script-subject.ts';
import type { ScriptedError } from './script.ts';
import { framesOf, SSE_HEADERS } from './sse.ts';
import type { MockState } from './state.ts';
import type { MockDraft } from './types.ts';
import { validateRequest } from './validation.ts';
import { checkLimits } from './request-limits.ts';

const CAP_PARAMS = ['max_tokens', 'max_completion_tokens'] as const;

export type GenerateEndpoint = 'chat' | 'completions' | 'embeddings';

export async function handleGenerate(
  state: MockState,
  ctx: RequestContext,
  name: GenerateEndpoint,
  endpoint: string,
): Promise<MockDraft> {
  const { options } = state;
  if (!ctx.parsed.ok) return errors.unparseableJson();
  const body = ctx.parsed.value;
  const invalid = validateRequest(name, body);
  if (invalid) return errors.invalidBody(invalid.message, invalid.param, invalid.code);
  const request = body as Record<string, unknown> & { model: string };
  const model = state.models.get(request.model);
  if (!model) return errors.modelNotFound(request.model);
  if (!ENDPOINT_KINDS[endpoint].includes(model.kind)) return errors.wrongModelKind(model.id, endpoint);
  // quirks rewrite the request before any limit is checked: a parameter a quirk ignores (max-tokens-ignored,
  // B41) is ignored everywhere, the output-limit check and the token estimate included
  const rewritten = hooks.request(request, ctx, name);
  for (const param of CAP_PARAMS) {
    const asked = rewritten[param];
    if (typeof asked === 'number' && model.maxOutputTokens !== undefined && asked > model.maxOutputTokens) {
      return errors.tooManyTokens(param, asked, model.maxOutputTokens);
    }
  }
  const limited = checkLimits(name, rewritten, model);
  if (limited)
    return apiError(400, {
      message: limited.message,
      type: limited.type ?? 'invalid_request_error',
      param: limited.param,
      code: limited.code,
    });
  const stream = name !== 'embeddings' && request.stream === true;
  if (ctx.journal) ctx.journal.stream = stream;

  const rejected = hooks.reject(request, ctx, name);
  if (rejected) return rejected;

  // admission: quota and rate limits are checked and taken in one synchronous step, so concurrent
  // requests can neither overspend the quota nor slip past a limit
  const reservation = state.ledger.reserve(ctx.fp, options.quota);
  if (!reservation) return errors.insufficientQuota();
  const estimate = estimateTokens(ctx.req.body ?? '', rewritten);
  const taken = state.limiter.take(ctx.fp, estimate);
  if (!taken.ok) {
    state.ledger.release(reservation);
    return rateLimited(taken, model.id);
  }
  let metered = false;
  try {
    const scripted = state.script.size === 0 ? undefined : state.script.take(scriptSubject(endpoint, request));
    if (scripted && 'error' in scripted) return scriptedError(scripted.error);
    let generated: Generated;
    try {
      generated = generate(name, rewritten, model, ctx, state.options.clock, scripted);
    } catch (error) {
      if (error instanceof GenerationRefusal) return error.response;
      throw error;
    }
    state.limiter.adjust(ctx.fp, generated.usage.total - estimate);

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
    if (streamed && generated.chunks) {
      const chunks = hooks.chunks(generated.chunks, ctx, name);
      let frames = hooks.frames(framesOf(chunks), ctx, name);
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
    headers['content-type'] = 'application/json';
    return { status: 200, headers, body: hooks.render(generated.body, ctx, name) };
  } finally {
    if (!metered) state.ledger.release(reservation);
  }
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

/** Tokens charged against the TPM window up front: the prompt (≈4 bytes a token) plus the requested output cap. */
function estimateTokens(raw: string, request: Record<string, unknown>): number {
  const cap = positive(request.max_completion_tokens) ?? positive(request.max_tokens) ?? 0;
  const n = typeof request.n === 'number' && request.n > 0 ? request.n : 1;
  return Math.ceil(raw.length / 4) + cap * n;
}

function positive(v: unknown): number | undefined {
  return typeof v === 'number' && v > 0 ? v : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
