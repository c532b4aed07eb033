// What the full suite says about the bundled mock under each quirk and provider profile: every check that does not
// pass, with its status. Read by quirks-self-test.test.ts, which runs every row and fails on any difference, and on
// any quirk or profile without a row. A check listed outside the quirk's own feature says why it is affected.
import type { QuirkName } from '../../mock/core/types.ts';
import { PROVIDER_PROFILES, type ProfileName } from '../../mock/core/quirks/index.ts';

export type Status = 'fail' | 'warn' | 'unsupported' | 'inconclusive' | 'untestable' | 'error' | 'skip';
export type Row = Partial<Record<Status, readonly string[]>>;

/** Opt-in checks: without --burst they are skipped in every run, quirks or not. */
export const OPT_IN_SKIPS = [
  'rate-limits.burst-429',
  'rate-limits.429-body',
  'rate-limits.retry-after',
  'rate-limits.sdk-retry',
];

/** Quirks that must not make any check fail or warn: they reproduce valid behaviour or earn a note. */
export const NO_FAILURE: Partial<Record<QuirkName, string>> = {
  'keep-alive-comments': 'SSE comments and blank lines are valid SSE and valid JSON whitespace (B22)',
  'whole-tool-arguments': 'one chunk per call is valid streaming: tools.stream-incremental passes with a note (B4)',
};

const so = (...ids: string[]) => ids.map((id) => `structured-outputs.${id}`);
/** every structured-outputs check that reads the answer's content as the schema's JSON */
const SO_CONTENT = so(
  'content-string',
  'schema-valid',
  'keyword-ref',
  'keyword-any-of',
  'keyword-enum',
  'keyword-const',
  'keyword-nested',
  'keyword-additional-properties',
  'keyword-required',
  'sdk-parse',
);
/** the rules of the schema itself, judged on the JSON of the answer: free text leaves them untestable (content-string fails) */
const SO_SCHEMA = so(
  'schema-valid',
  'keyword-ref',
  'keyword-any-of',
  'keyword-enum',
  'keyword-const',
  'keyword-nested',
  'keyword-additional-properties',
  'keyword-required',
);
/** a schema that is not enforced is not refused either: the invalid-schema probes get 200 */
const SO_NOT_REFUSED = so('rejects-missing-required', 'rejects-open-object');

/** an error body outside the {"error":{…}} envelope: nothing left for body-fields to judge, param unreadable */
const NOT_ENVELOPED: Row = {
  fail: ['errors.body-envelope', 'properties.invalid-error-shape'],
  warn: ['errors.param', 'errors.sdk-message', 'properties.invalid-param'],
  untestable: ['errors.body-fields'],
};

const REJECTS = [
  'temperature-range',
  'decimal-max-tokens',
  'string-max-tokens',
  'missing-messages',
  'too-many-stop',
  'unknown-role',
  'malformed-json',
  'huge-max-tokens',
].map((r) => `errors.rejects-${r}`);

/**
 * invalid requests not answered 4xx: accepting bad input breaks no SDK, so every rejects-* check warns (SHOULD), as
 * do the streamed bad request and the strict schemas nobody refuses
 */
const BAD_INPUT_NOT_REFUSED: Row = {
  warn: [...REJECTS, 'errors.stream-bad-input', 'properties.invalid-rejected', ...SO_NOT_REFUSED],
};

/** answered 500: the 5xx is the MUST (openai-node retries it); nothing is left to read a 4xx body from */
const SERVER_ERROR_ON_BAD_INPUT: Row = {
  ...BAD_INPUT_NOT_REFUSED,
  fail: ['errors.no-5xx', 'properties.invalid-no-5xx'],
  untestable: [
    'errors.status-400',
    'errors.param',
    'properties.invalid-error-shape',
    'properties.invalid-error-shape-full',
    'properties.invalid-param',
  ],
};

/** answered 200: the acceptance is the SHOULD above, so the checks that read refusals have nothing to judge */
const OK_ON_BAD_INPUT: Row = {
  ...BAD_INPUT_NOT_REFUSED,
  inconclusive: [
    'errors.status-400',
    'errors.param',
    'properties.invalid-error-shape',
    'properties.invalid-error-shape-full',
    'properties.invalid-param',
  ],
};

// absent headers are allowed: only the SHOULD that grades their presence warns
const NO_RATE_LIMIT_HEADERS: Row = {
  warn: ['rate-limits.headers-present'],
  inconclusive: ['rate-limits.headers-parse', 'rate-limits.remaining-decreases'],
};

export const QUIRK_TABLE: Record<QuirkName, Row> = {
  // no index: the deltas merge into one call (B1, B2) and openai-node 6 cannot accumulate them
  'no-tool-call-index': {
    fail: ['tools.stream-index', 'tools.stream-distinct-index', 'tools.stream-arguments', 'tools.sdk-accumulates'],
  },
  'reused-tool-call-index': {
    fail: ['tools.stream-distinct-index', 'tools.stream-arguments', 'tools.sdk-accumulates'],
  },
  'whole-tool-arguments': {},
  'object-arguments': {
    // echoed back as received, object arguments are refused by the server's own validator: the round trip breaks;
    // properties: the generated valid requests include tool calls, whose answers break the response schema
    fail: [
      'tools.arguments-string',
      'tools.round-trip-accepted',
      'tools.stream-arguments',
      'tools.sdk-accumulates',
      'properties.valid-response-schema',
    ],
    untestable: ['tools.arguments-schema', 'tools.round-trip-answer'],
  },
  'tool-calls-finish-stop': { fail: ['tools.finish-reason', 'tools.stream-finish-reason'] },
  'finish-reason-eos': {
    // every feature that judges finish_reason sees "eos": the tool round trip, json mode, structured outputs
    fail: ['chat.finish-reason', 'streaming.finish-reason-enum', 'structured-outputs.finish-stop'],
    warn: [
      'chat.response-shape-full',
      'streaming.chunk-shape-full',
      'tools.round-trip-answer',
      'json-mode.finish-stop',
    ],
  },
  'finish-reason-empty': { fail: ['streaming.finish-reason-enum'], warn: ['streaming.chunk-shape-full'] },
  'finish-reason-every-chunk': { fail: ['streaming.finish-reason-once'] },
  'no-finish-reason-key': { fail: ['streaming.finish-reason-key'], warn: ['streaming.chunk-shape-full'] },
  // the streamed tool calls end without finish_reason too, and openai-node's accumulator needs one
  // the legacy stream ends without one too, and completions.stream now asks for it (a cut answer looks the same);
  // no stream ever ends with a finish_reason, so streaming.concurrent has no difference to judge
  'no-final-finish-reason': {
    fail: [
      'streaming.finish-reason-once',
      'streaming.sdk-final',
      'tools.stream-finish-reason',
      'tools.sdk-accumulates',
    ],
    warn: ['completions.stream'],
    untestable: ['streaming.concurrent'],
  },
  // openai-node's accumulator throws "missing role for choice 0", for text and tool-call streams alike
  'no-first-role': { fail: ['streaming.role-first', 'streaming.sdk-final', 'tools.sdk-accumulates'] },
  'empty-first-chunk': { warn: ['streaming.chunk-shape-full', 'streaming.constant-fields'] },
  // a created in ms is still an integer: only the MUST checks on its unit fail, the schemas' SHOULD level warns, and
  // completions.object (a SHOULD) now judges the legacy completion's created too
  'created-ms': {
    fail: ['chat.created-seconds', 'streaming.created-seconds'],
    warn: [
      'chat.response-shape-full',
      'streaming.chunk-shape-full',
      'properties.valid-response-schema-full',
      'completions.object',
    ],
  },
  'no-id': {
    warn: ['chat.response-shape-full', 'streaming.chunk-shape-full', 'properties.valid-response-schema-full'],
  },
  'no-message': {
    // no message: every check that reads an answer's content has nothing to judge; the SDK's parse helpers fail
    fail: ['chat.response-shape', 'chat.sdk-parse', 'structured-outputs.sdk-parse', 'properties.valid-response-schema'],
    warn: ['chat.response-shape-full', 'chat.usage', 'properties.valid-response-schema-full'],
    // usage goes with the message; it is optional, so the checks of its values have nothing to judge
    inconclusive: ['chat.usage-total', 'chat.usage-completion-tokens'],
    untestable: [
      ...['stop-honoured', 'stop-excluded', 'seed', 'utf8-round-trip'].map((id) => `chat.${id}`),
      'streaming.matches-nonstream',
      ...[
        'called',
        'parallel',
        'choice-none',
        'choice-required',
        'choice-named',
        'no-parallel',
        'arguments-string',
        'arguments-schema',
        'call-ids',
        'finish-reason',
        'round-trip-answer',
      ].map((id) => `tools.${id}`),
      'json-mode.parses',
      'json-mode.object',
      'json-mode.finish-stop',
      ...SO_CONTENT.filter((id) => id !== 'structured-outputs.sdk-parse'),
      ...so('finish-stop', 'no-refusal'),
    ],
  },
  'usage-every-chunk': { warn: ['streaming.usage-null-elsewhere'] },
  // with no usage at all, no chunk can carry it early: usage-chunk grades the absence
  'no-usage-chunk': { fail: ['streaming.usage-chunk'], inconclusive: ['streaming.usage-null-elsewhere'] },
  'no-done': {
    fail: ['streaming.done-present'],
    warn: ['completions.stream'],
    untestable: ['streaming.done-exact', 'streaming.concurrent'],
  },
  'done-trailing-space': { fail: ['streaming.done-exact'], warn: ['completions.stream'] },
  'keep-alive-comments': {},
  'flat-error': NOT_ENVELOPED,
  'array-error': NOT_ENVELOPED,
  // openai-node reads {error:"…"} as the message itself, so the SDK's message stays right
  'string-error': { ...NOT_ENVELOPED, warn: ['errors.param', 'properties.invalid-param'] },
  // a numeric code breaks `err.code === '…'` in apps, nothing in the SDK: SHOULD, in both views
  'numeric-error-code': { warn: ['errors.body-fields', 'properties.invalid-error-shape-full'] },
  'problem-json-error': NOT_ENVELOPED,
  'stream-error-200': { fail: ['streaming.error-frames'], warn: ['errors.stream-bad-input'] },
  'server-error-on-bad-input': SERVER_ERROR_ON_BAD_INPUT,
  'ok-on-bad-input': OK_ON_BAD_INPUT,
  // the property runs draw n = 2 among their valid requests (seed 42): a 400 for a valid request
  'n-unsupported': { unsupported: ['chat.n'], fail: ['properties.valid-accepted'] },
  'n-ignored': { fail: ['chat.n'] },
  'stop-in-output': { fail: ['chat.stop-excluded'] },
  'stop-ignored': { fail: ['chat.stop-honoured', 'chat.stop-excluded'] },
  // structured outputs are sent with response_format json_schema, and their answers are fenced as well
  // fences are one finding (parses, content-string; parse() throws): the object and schema rules judge the JSON inside
  'json-fenced': { fail: ['json-mode.parses', 'json-mode.stream-parses', ...so('content-string', 'sdk-parse')] },
  // free text: content-string and parse() fail; the schema rules have no JSON to judge
  'json-schema-ignored': { fail: so('content-string', 'sdk-parse'), untestable: SO_SCHEMA, warn: SO_NOT_REFUSED },
  'embeddings-float-only': { fail: ['embeddings.base64', 'embeddings.sdk-default'] },
  'no-rate-limit-headers': NO_RATE_LIMIT_HEADERS,
  'bad-rate-limit-headers': { fail: ['rate-limits.headers-parse'], untestable: ['rate-limits.remaining-decreases'] },
  'stream-as-json': {
    // no SSE at all: every stream check has nothing to read, and every SDK stream helper fails
    // (incremental, sdk-final, concurrent and the json-mode stream name sse-body or sdk-chunks: one cause, one failure)
    fail: ['streaming.sse-body', 'streaming.content-type', 'streaming.sdk-chunks', 'tools.sdk-accumulates'],
    warn: ['completions.stream'],
    untestable: [
      ...['incremental', 'sdk-final', 'concurrent'].map((id) => `streaming.${id}`),
      'json-mode.stream-parses',
      ...[
        'data-json',
        'done-present',
        'done-exact',
        'chunk-shape',
        'chunk-shape-full',
        'object',
        'created-seconds',
        'constant-fields',
        'role-first',
      ].map((id) => `streaming.${id}`),
      ...[
        'finish-reason-key',
        'finish-reason-enum',
        'finish-reason-once',
        'usage-chunk',
        'usage-null-elsewhere',
        'matches-nonstream',
      ].map((id) => `streaming.${id}`),
      ...[
        'stream-index',
        'stream-distinct-index',
        'stream-first-delta',
        'stream-arguments',
        'stream-name-stable',
        'stream-incremental',
        'stream-finish-reason',
      ].map((id) => `tools.${id}`),
      'chat.utf8-stream',
    ],
  },
  'buffered-stream': { warn: ['streaming.incremental'] },
  'no-request-id': { warn: ['chat.request-id', 'chat.sdk-request-id'] },
  'text-error-content-type': { fail: ['errors.content-type'] },
  // the final usage chunk of a stream carries the same wrong total
  'usage-mismatch': { fail: ['chat.usage-total', 'streaming.usage-chunk'] },
  'no-refusal-key': { warn: ['chat.response-shape-full', 'properties.valid-response-schema-full'] },
  'models-bad-shape': {
    fail: ['models.list-shape', 'models.sdk-list'],
    untestable: ['models.created-seconds', 'models.lists-model'],
  },
  // the seeded answers differ among themselves, so a different stream proves nothing about streaming
  'seed-ignored': { warn: ['chat.seed'], inconclusive: ['streaming.matches-nonstream'] },
  'max-tokens-ignored': {
    fail: ['chat.max-tokens', 'chat.max-completion-tokens'],
    warn: ['errors.rejects-huge-max-tokens'],
  },
};

/**
 * A profile fails what its quirks fail. Where two quirks give one check different statuses the profile's row must
 * say which wins (`over`), so an interaction is always written down.
 */
function profile(name: ProfileName, over: Row = {}): Row {
  const seen = new Map<string, Status>();
  const conflicts = new Set<string>();
  for (const quirk of PROVIDER_PROFILES[name].quirks) {
    for (const [status, ids] of Object.entries(QUIRK_TABLE[quirk]) as Array<[Status, string[]]>) {
      for (const id of ids) {
        if (seen.has(id) && seen.get(id) !== status) conflicts.add(id);
        seen.set(id, status);
      }
    }
  }
  for (const [status, ids] of Object.entries(over) as Array<[Status, string[]]>)
    for (const id of ids) (seen.set(id, status), conflicts.delete(id));
  if (conflicts.size)
    throw new Error(`profile ${name}: its quirks disagree on ${[...conflicts].join(', ')}; say which status wins`);
  const row: Record<string, string[]> = {};
  for (const [id, status] of seen) (row[status] ??= []).push(id);
  return row;
}

export const PROFILE_TABLE: Record<ProfileName, Row> = {
  'anthropic-compat': profile('anthropic-compat'),
  azure: profile('azure'),
  'gemini-compat': profile('gemini-compat'),
  groq: profile('groq'),
  'llama-cpp': profile('llama-cpp'),
  'lm-studio': profile('lm-studio'),
  'meta-llama': profile('meta-llama'),
  mistral: profile('mistral'),
  ollama: profile('ollama'),
  openrouter: profile('openrouter'),
  tgi: profile('tgi'),
  together: profile('together'),
  // bad input gets a 500, so no 4xx body is left for the flat-error shape to spoil
  vllm: profile('vllm', { untestable: ['errors.param', 'properties.invalid-error-shape', 'properties.invalid-param'] }),
};

/** id → status, the form the results are compared in (opt-in skips included) */
export function expectedStatuses(row: Row): Record<string, string> {
  const out: Record<string, string> = Object.fromEntries(OPT_IN_SKIPS.map((id) => [id, 'skip']));
  for (const [status, ids] of Object.entries(row)) for (const id of ids) out[id] = status;
  return out;
}
