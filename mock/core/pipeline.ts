// The request pipeline. Every stage that refuses answers with the API's own error shape; nothing a client sends
// reaches a 5xx. Nothing is kept of a request before its key is accepted, and no body is parsed before its size is.
// JSON answers travel as values (MockJsonDraft) and become text once, at the end. The stages, in order:
//   route          route.ts: the endpoint table's row (endpoints/table.ts), or why none; it travels as ctx.endpoint
//   admin          /_conform/… (admin.ts, guarded by admin-guard.ts), answered without the API's headers
//   size           413 from the body's size, before it is parsed
//   key            401; a refused request is not journaled
//   journal        the request, bounded (journal.ts)
//   quirk header   400 for an unknown x-conform-quirks
//   faults         an injected status or latency (faults/)
//   handler        the row's `handle`: models (handle-models.ts), or generate (handle-generate.ts): validate → model → quirk rewrite
//                  → output cap → limits (request-limits.ts) → quirk refusal → admission (quota, rate limits)
//                  → generation → render (hooks.render), or chunks → frames (hooks.chunks, hooks.frames)
//   headers        finishHeaders (response-headers.ts), then error render (hooks.error) and hooks.headers
//   meter          the status counted (ledger.answered); a stream is guarded against its producer throwing
import { apiKeyOf, checkKey } from './auth.ts';
import { errors } from './errors.ts';
import { isoTime } from './clock.ts';
import { createContext, type RequestContext } from './context.ts';
import { keyFingerprint } from './ids.ts';
import { matchRoute, type Route } from './route.ts';
import type { ResolvedOptions } from './options.ts';
import {
  isJsonDraft,
  isStreamResponse,
  renderDraft,
  type MockDraft,
  type MockRequest,
  type MockResponse,
} from './types.ts';
import type { MockState } from './state.ts';
import { handleAdmin } from './admin.ts';
import { guardAdmin } from './admin-guard.ts';
import { redactHeaders } from './journal.ts';
import { finishHeaders } from './response-headers.ts';
import { hooks } from './hooks.ts';
import { delay, faultErrorReply, FAULT_HEADER, resolveFaults } from './faults/index.ts';

export async function handle(state: MockState, req: MockRequest): Promise<MockResponse> {
  const route = matchRoute(req.method, req.path);
  if (route.name === 'admin') return renderDraft(handleAdmin(state, route.action, req)); // no API headers, no CORS
  const key = apiKeyOf(req.headers);
  // a refused key gets no fingerprint: nothing of its request is kept, and a stranger sending a new key each
  // time must not cost an HMAC each, nor churn the cache of the real keys
  const fp = checkKey(key, state.options.apiKeys) ? 'refused' : keyFingerprint(key);
  const ctx = createContext(
    req,
    route,
    state.options.clock.now(),
    state.options.quirks,
    key,
    typeof fp === 'string' ? fp : await fp,
  );
  let draft: MockDraft;
  try {
    draft = await dispatch(state, ctx);
  } catch (error) {
    // a bug in the mock: answer like the API would, and keep serving
    state.onInternalError(error, ctx);
    draft = errors.serverError();
  }
  let res: MockResponse;
  try {
    draft = finishHeaders(state, ctx, draft);
    res = isJsonDraft(draft) ? hooks.error(draft, ctx) : draft;
    res = hooks.headers(res, ctx);
  } catch (error) {
    state.onInternalError(error, ctx);
    res = renderDraft(finishHeaders(state, ctx, errors.serverError()));
  }
  if (ctx.journal) ctx.journal.status = res.status;
  state.ledger.answered(res.status);
  return isStreamResponse(res) ? { ...res, stream: guarded(res.stream, state, ctx) } : res;
}

/**
 * True when the request's headers alone decide its answer (a body over the size limit by its content-length,
 * a refused key, a refused admin call): the adapter then answers without reading the body, so a client without
 * a key cannot make the server hold megabytes.
 */
/** the largest body the request's endpoint reads: uploads have a limit of their own */
export function bodyLimit(state: MockState, req: MockRequest): number {
  return routeBodyLimit(state.options, matchRoute(req.method, req.path));
}

function routeBodyLimit(options: ResolvedOptions, route: Route): number {
  return route.name === 'endpoint' && route.entry.upload ? options.maxUploadBytes : options.maxBodyBytes;
}

export function decidedWithoutBody(state: MockState, req: MockRequest): boolean {
  const route = matchRoute(req.method, req.path);
  if (route.name === 'admin') return guardAdmin(state.options, req, route.action) !== undefined;
  // only endpoints that take a body are answered early; the others have none to hold
  if (route.name !== 'endpoint' || route.entry.method !== 'POST') return false;
  return (
    (req.bodyBytes ?? 0) > routeBodyLimit(state.options, route) ||
    checkKey(apiKeyOf(req.headers), state.options.apiKeys) !== undefined
  );
}

async function dispatch(state: MockState, ctx: RequestContext): Promise<MockDraft> {
  const { route, req } = ctx;
  const options = state.options;
  const limit = routeBodyLimit(options, route);
  const size = bodySize(req, limit);
  if (size > limit) return errors.tooLarge(size, limit);
  const denied = checkKey(ctx.key, options.apiKeys);
  if (!denied) {
    ctx.parsed = parse(req.body); // parsed once, shared by the journal and the handlers
    journal(state, ctx);
  }
  if (ctx.quirkError) return errors.invalidBody(ctx.quirkError, null, 'unknown_quirk');
  if (route.name !== 'preflight' && mayHaveFaults(state, ctx)) {
    const faulted = await injectFaults(state, ctx);
    if (faulted) return faulted;
  }
  switch (route.name) {
    case 'preflight':
      return { status: 204, headers: {}, body: '' };
    case 'unknown':
    case 'admin': // handled before the pipeline
      return errors.unknownRoute(req.method.toUpperCase(), req.path);
    case 'wrong-method':
      return errors.wrongMethod(req.method.toUpperCase(), req.path, route.allow);
    case 'endpoint':
      return route.entry.public ? route.entry.handle(state, ctx) : (denied ?? route.entry.handle(state, ctx));
  }
}

function mayHaveFaults(state: MockState, ctx: RequestContext): boolean {
  return state.options.faults !== undefined || state.faults.pending > 0 || ctx.req.headers[FAULT_HEADER] !== undefined;
}

/** Resolves the request's faults; answers for a bad fault header or a `status` fault, waits out `latency`. */
async function injectFaults(state: MockState, ctx: RequestContext): Promise<MockDraft | undefined> {
  const resolved = resolveFaults(state.options.faults, state.faults.take(), ctx.req.headers[FAULT_HEADER]);
  if (!resolved.ok) return errors.invalidBody(resolved.message, null, 'invalid_fault');
  ctx.faults = resolved.faults;
  if (ctx.faults.latency !== undefined) await delay(ctx.faults.latency, ctx.req.signal);
  if (ctx.faults.status !== undefined) {
    const reply = faultErrorReply(ctx.faults.status, ctx.faults.retryAfter);
    return { status: reply.status, headers: reply.headers, json: reply.body };
  }
  return undefined;
}

function journal(state: MockState, ctx: RequestContext): void {
  const retry = ctx.req.headers['x-stainless-retry-count'];
  ctx.journal = state.journal.record({
    id: ctx.id,
    time: isoTime(ctx.started),
    method: ctx.req.method.toUpperCase(),
    path: ctx.req.path,
    headers: redactHeaders(ctx.req.headers),
    raw: ctx.req.body,
    parsed: ctx.parsed,
    key: ctx.fp,
    retryCount: retry !== undefined && /^\d+$/.test(retry) ? Number(retry) : null,
    status: 0,
    stream: false,
  });
}

function parse(body: string | undefined): RequestContext['parsed'] {
  if (body === undefined || body === '') return { ok: false, empty: true };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, empty: false };
  }
}

/** The body's size in UTF-8 bytes: as the adapter counted it, else measured (only when it could be over `limit`). */
function bodySize(req: MockRequest, limit: number): number {
  if (req.bodyBytes !== undefined) return req.bodyBytes;
  const text = req.body ?? '';
  // a UTF-16 unit is at most 3 UTF-8 bytes: skip encoding bodies that cannot reach the limit
  return text.length * 3 <= limit ? text.length : new TextEncoder().encode(text).length;
}

/** A stream whose producer throws ends early (no [DONE]) instead of taking the process down. */
async function* guarded(stream: AsyncIterable<string>, state: MockState, ctx: RequestContext): AsyncGenerator<string> {
  try {
    for await (const piece of stream) yield piece;
  } catch (error) {
    state.onInternalError(error, ctx);
  }
}
