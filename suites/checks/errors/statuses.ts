// Status codes: bad input is refused with a 4xx (never a 5xx that invites retries), an unknown model with 404, a
// made-up key with 401. Every request is the chat control with one thing broken: a refusal counts only when the
// control was accepted. Accepting bad input breaks no SDK, so those checks are SHOULD; a 5xx is the MUST
// (errors.no-5xx): openai-node retries it and reports a server fault.
import type { Check, Grade } from '../../engine/types.ts';
import { everyItem } from '../internal/grade.ts';
import { controlOf } from '../internal/attribution.ts';
import { errorText, exchangeOf, header, isTransient, type Variant, where } from '../internal/read.ts';
import { guide, observed, sdk, spec, SPEC_URL } from '../internal/sources.ts';
import { CONTROL } from '../chat/probes.ts';
import { CASES, E, SDK_CALLS, STREAM_CASE, UNKNOWN_MODEL, type BadCase } from './probes.ts';
import { caseOutcomes, caseVariant, noRejection, type Outcome, outcomeOf, STREAM_VARIANT } from './rejections.ts';
import { isLocalTarget } from './local-target.ts';

const RULES: Record<string, string> = {
  'temperature-range': 'CreateChatCompletionRequest.temperature (minimum 0, maximum 2)',
  'max-tokens-decimal': 'CreateChatCompletionRequest.max_tokens (type integer)',
  'max-tokens-string': 'CreateChatCompletionRequest.max_tokens (type integer)',
  'missing-messages': 'CreateChatCompletionRequest required: messages',
  'too-many-stop': 'StopConfiguration (maxItems 4)',
  'bad-role': 'ChatCompletionRequestMessage (discriminated on role)',
  'malformed-json': 'requestBody application/json',
  'max-tokens-huge':
    'CreateChatCompletionRequest.max_tokens ("the maximum number of tokens that can be generated"); OpenAI: 400 "max_tokens is too large"',
};

export const BAD_INPUT_BREAKS = [
  'apps never learn their request was wrong: the server guesses, ignores or clamps the value',
];

/** the grade of one outcome for a rejection check; `what` names the request in messages */
function rejectionGrade(o: Outcome, what: string): Grade {
  if (o.kind === 'unjudged') return o.grade;
  const exchange = { probe: o.source.probe, label: o.source.label };
  if (o.kind === 'rejected')
    return { status: 'pass', message: `rejected with ${o.status} while its valid twin ${where(CONTROL)} was accepted` };
  if (o.kind === 'accepted')
    return {
      status: 'fail',
      message: `${what} should be rejected with a 4xx, but it was accepted with ${o.status}`,
      details: { exchange, seen: o.status },
    };
  return {
    status: 'fail',
    message: `${what} should be rejected with a 4xx, got ${o.status}: ${errorText(o.ex)} (errors.no-5xx grades the 5xx)`,
    details: { exchange, seen: o.status },
  };
}

function caseCheck(c: BadCase): Check {
  return {
    id: c.id,
    title: `${c.title} is rejected with a 4xx`,
    feature: 'errors',
    level: 'SHOULD',
    source: spec(RULES[c.label]),
    breaks: c.divergences?.includes(41)
      ? ['apps that rely on max_tokens: the server silently lowers it or truncates the context (B41)']
      : BAD_INPUT_BREAKS,
    divergences: [30, ...(c.divergences ?? [])],
    probes: [E.invalid, CONTROL.probe],
    grade: (t) => rejectionGrade(outcomeOf(t, { probe: E.invalid, label: c.label }, caseVariant(c)), c.title),
  };
}

export const caseChecks: Check[] = CASES.map(caseCheck);

export const SERVER_ERROR_BREAKS = [
  'openai-node 6 and 7: a 5xx is retried twice by default (three identical bad requests) and raises InternalServerError, so the app reports a server outage for its own mistake',
];

export const no5xx: Check = {
  id: 'errors.no-5xx',
  title: 'Invalid requests, an unknown model and a wrong key never get a 5xx',
  feature: 'errors',
  level: 'MUST',
  source: sdk(
    'src/client.ts',
    'shouldRetry: 408, 409, 429 and every status ≥ 500 are retried; APIError.generate: ≥ 500 → InternalServerError',
  ),
  breaks: SERVER_ERROR_BREAKS,
  divergences: [30],
  probes: [E.invalid, E.unknownModel, E.auth, CONTROL.probe],
  grade(t) {
    const items = [E.invalid, E.unknownModel, E.auth].flatMap((probe) =>
      (t[probe]?.exchanges ?? []).filter((ex) => ex.response).map((ex) => ({ probe, label: ex.label, ex })),
    );
    const graded = everyItem(
      items,
      (i) =>
        i.ex.response!.status >= 500
          ? {
              message: `an invalid request got ${i.ex.response!.status}: ${errorText(i.ex)}`,
              seen: i.ex.response!.status,
            }
          : undefined,
      `${items.length} answers to invalid requests, an unknown model and wrong keys, none a 5xx`,
    );
    if (items.length === 0) {
      const first = exchangeOf(t, E.invalid, CASES[0].label); // says why nothing was answered
      return first.ok
        ? { status: 'untestable', message: `probe ${E.invalid} recorded no answer`, prerequisite: E.invalid }
        : first.grade;
    }
    // a 5xx the control got too (a server down, or failing on this prompt) is not about the fault
    const control = controlOf(t, CONTROL, 'the fault');
    return control.ok ? graded : control.grade;
  },
};

export const status400: Check = {
  id: 'errors.status-400',
  title: 'Invalid requests are refused with exactly 400',
  feature: 'errors',
  level: 'SHOULD',
  source: sdk('src/core/error.ts', 'APIError.generate: 400 → BadRequestError, 422 → UnprocessableEntityError'),
  breaks: ['apps that catch BadRequestError (a 422 raises UnprocessableEntityError instead)'],
  probes: [E.invalid, CONTROL.probe],
  grade(t) {
    const outcomes = caseOutcomes(t);
    const rejected = outcomes.filter((x) => x.o.kind === 'rejected');
    if (rejected.length === 0) return noRejection(outcomes.map((x) => x.o));
    const status = (o: Outcome) => (o.kind === 'unjudged' ? 0 : o.status);
    const other = rejected.filter((x) => status(x.o) !== 400);
    if (other.length === 0)
      return { status: 'pass', message: `${rejected.length} invalid requests were refused with 400` };
    const first = other[0];
    return {
      status: 'fail',
      message: `invalid requests should be refused with 400, but ${other.length} got another 4xx (${first.c?.title ?? 'the streamed request'}: ${status(first.o)})`,
      details: {
        exchange: { probe: first.o.source.probe, label: first.o.source.label },
        seen: other.map((x) => status(x.o)),
      },
    };
  },
};

export const streamBadInput: Check = {
  id: 'errors.stream-bad-input',
  title: 'A streamed request with invalid input is refused with a 4xx before any event',
  feature: 'errors',
  level: 'SHOULD',
  source: observed(
    'OpenAI validates a streamed request before streaming and answers 400 with a JSON error body',
    SPEC_URL,
  ),
  breaks: [
    'openai-node 6 and 7: an error event in a 200 stream raises APIError with no status, never BadRequestError, and is not retried',
  ],
  divergences: [27, 28],
  probes: [E.invalid, CONTROL.probe],
  grade(t) {
    const o = outcomeOf(t, { probe: E.invalid, label: STREAM_CASE }, STREAM_VARIANT);
    if (o.kind !== 'accepted') return rejectionGrade(o, 'stream: true with temperature 3');
    const streamed = /text\/event-stream/i.test(header(o.ex, 'content-type') ?? '');
    const what = /"error"/.test(o.ex.response!.body)
      ? 'an error event inside the stream'
      : 'a normal answer (the bad input was accepted)';
    return {
      status: 'fail',
      message: `stream: true with temperature 3 should be refused with 400, got ${o.status}${streamed ? ' and a stream' : ''} with ${what}`,
      details: { exchange: { probe: E.invalid, label: STREAM_CASE }, seen: o.status },
    };
  },
};

// the model is the resource the request names: 404 is its documented refusal, as for an endpoint
const UNKNOWN_MODEL_VARIANT: Variant = {
  control: CONTROL,
  subject: `model "${UNKNOWN_MODEL}"`,
  names: ['model', UNKNOWN_MODEL],
  endpoint: true,
};

export const unknownModel: Check = {
  id: 'errors.unknown-model',
  title: 'A chat request for an unknown model is rejected with 404 (or 400)',
  feature: 'errors',
  level: 'SHOULD',
  source: observed('unknown model → 404 model_not_found', SPEC_URL),
  breaks: ['apps that fall back to another model on NotFoundError', 'a 200 silently serves some other model'],
  divergences: [30],
  probes: [E.unknownModel, CONTROL.probe],
  grade(t): Grade {
    const o = outcomeOf(t, { probe: E.unknownModel, label: SDK_CALLS.unknownModel }, UNKNOWN_MODEL_VARIANT);
    if (o.kind !== 'rejected' || o.status === 404 || o.status === 400)
      return rejectionGrade(o, `model "${UNKNOWN_MODEL}"`);
    return {
      status: 'fail',
      message: `model "${UNKNOWN_MODEL}" should be rejected with 404 (or 400), got ${o.status}: ${errorText(o.ex)}`,
      details: { exchange: { probe: E.unknownModel, label: SDK_CALLS.unknownModel }, seen: o.status },
    };
  },
};

export const invalidKey: Check = {
  id: 'errors.invalid-key',
  title: 'A made-up API key is refused with 401',
  feature: 'errors',
  level: 'SHOULD',
  source: sdk('src/core/error.ts', 'APIError.generate: 401 → AuthenticationError'),
  breaks: [
    'apps that prompt for a new key on AuthenticationError (a 403 raises PermissionDeniedError, a 400 BadRequestError)',
  ],
  probes: [E.auth, CONTROL.probe],
  grade(t): Grade {
    const bad = exchangeOf(t, E.auth, SDK_CALLS.auth);
    if (!bad.ok) return bad.grade;
    const s = bad.value.response!.status;
    const exchange = { probe: E.auth, label: SDK_CALLS.auth };
    if (s >= 200 && s < 300)
      return {
        status: 'inconclusive',
        message: `a made-up key was accepted with ${s}, so there is no refusal to judge (errors.auth-enforced grades an open target)`,
      };
    if (isTransient(s))
      return {
        status: 'untestable',
        message: `${where(exchange)} answered ${s} (transient): ${errorText(bad.value)}`,
        prerequisite: `${where(exchange)} answered without ${s}`,
      };
    const control = controlOf(t, CONTROL, 'the made-up key');
    if (!control.ok) return control.grade;
    if (s === 401)
      return {
        status: 'pass',
        message: `a made-up key got 401 while the configured key was accepted (${where(CONTROL)})`,
      };
    const raised = t[E.auth]?.sdk.find((o) => o.label === SDK_CALLS.auth)?.error?.class;
    return {
      status: 'fail',
      message: `a made-up key should be refused with 401, got ${s}: ${errorText(bad.value)}${raised ? ` (openai-node raised ${raised})` : ''}`,
      details: { exchange, seen: s },
    };
  },
};

const hostOf = (baseUrl: string) => {
  try {
    return new URL(baseUrl).hostname;
  } catch {
    return baseUrl;
  }
};

export const authEnforced: Check = {
  id: 'errors.auth-enforced',
  title: 'A hosted target refuses requests with no key or a made-up key (a local one may be open)',
  feature: 'errors',
  level: 'SHOULD',
  source: guide(
    'authentication: every request carries an API key in the Authorization header',
    'api-reference/authentication',
  ),
  breaks: ['a hosted target: anyone who finds its URL can use it and spend its account'],
  probes: [E.auth, CONTROL.probe],
  grade(t, ctx): Grade {
    const none = exchangeOf(t, E.auth, 'no-key');
    if (!none.ok) return none.grade;
    const madeUp = exchangeOf(t, E.auth, SDK_CALLS.auth);
    if (!madeUp.ok) return madeUp.grade;
    const [s1, s2] = [none.value, madeUp.value].map((ex) => ex.response!.status);
    const ok = (s: number) => s >= 200 && s < 300;
    if (ok(s1) || ok(s2)) {
      const what =
        ok(s1) && ok(s2)
          ? 'requests with no key and with a made-up key were both accepted'
          : ok(s1)
            ? 'a request with no key was accepted'
            : `a request with a made-up key was accepted (with no key it got ${s1}: only the presence of a key is checked)`;
      const host = hostOf(ctx.baseUrl);
      if (isLocalTarget(ctx.baseUrl))
        return {
          status: 'inconclusive',
          message: `${what}: fine for a server on this machine or a private network (${host}), a hole if it is ever exposed`,
        };
      return {
        status: 'fail',
        message: `${what} by ${host}, which is not a local or private address: anyone who finds the URL can use it`,
        details: {
          exchange: { probe: E.auth, label: ok(s1) ? 'no-key' : SDK_CALLS.auth },
          seen: { 'no-key': s1, 'invalid-key': s2 },
        },
      };
    }
    const control = controlOf(t, CONTROL, 'a missing or made-up key');
    if (!control.ok) return control.grade;
    return {
      status: 'pass',
      message: `requests with no key (${s1}) and with a made-up key (${s2}) were refused; the configured key was accepted`,
    };
  },
};
