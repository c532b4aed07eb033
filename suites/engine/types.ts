// The contracts between probes (requests), transcripts (what was seen) and checks (pure graders).
// Everything in a transcript is plain JSON so a saved run can be re-graded offline.
import type { Status } from '../../schemas/generated/results.ts';
import type { Issue } from '../../schemas/issue.ts';
import type { FeatureTag } from '../features.ts';

/** a check's verdict is the enum of schemas/results.schema.json, stated there once; Issue lives with the schemas */
export type { Issue, Status };

export type Level = 'MUST' | 'SHOULD' | 'MAY';

// ---- transcripts -------------------------------------------------------------------------------

/** One SSE event as our own parser saw it, with its arrival time (ms since the request was sent). */
export interface SseFrame {
  t: number;
  raw: string; // the event's lines as received, line endings kept
  event?: string;
  data?: string; // data lines joined with "\n"; undefined when the event had no data line
  comment?: boolean; // a ":" line only (keep-alive)
  incomplete?: boolean; // the stream ended before this event's blank line (openai-node drops such an event)
}

export interface RecordedRequest {
  method: string;
  url: string; // the full URL
  headers: Record<string, string>; // authorization and any key value redacted
  body?: string; // as sent (may be deliberately malformed); a multipart or binary body as a one-line summary
}

export interface RecordedResponse {
  status: number;
  headers: Record<string, string>; // lower-case names
  /** the whole body text read (at most the read cap) while the run grades it; for SSE the raw stream text.
   *  results.json keeps a prefix (see `stored`), so graders see more than a saved run holds */
  body: string;
  /** "base64": the body is binary (audio, images), kept as base64 text so a saved run still holds its bytes */
  encoding?: 'base64';
  bodyBytes: number; // bytes actually read (may exceed body length when truncated)
  truncated?: boolean; // `body` is not the whole body: reading stopped at the read cap, or the saved copy was cut
  /** set in saved results when the body graded was longer than the copy kept: `kept` of `of` characters */
  stored?: { kept: number; of: number };
  ttfbMs: number; // headers received
  firstByteMs?: number; // first body byte
  totalMs: number;
  frames?: SseFrame[]; // present when the response was read as a stream
}

/**
 * timeout: no answer, or silence, within the deadline · connection: refused, unknown host, closed unanswered ·
 * tls: the TLS handshake failed · protocol: the answer is not HTTP/1.1 (garbage, a lone 1xx, oversized headers) ·
 * cut: the body stopped after the status line (reset, closed, broken chunking) · too-large / endless: our caps ·
 * aborted: by the caller
 */
export type TransportErrorKind =
  'timeout' | 'connection' | 'tls' | 'protocol' | 'cut' | 'too-large' | 'endless' | 'aborted' | 'other';

/** One HTTP exchange. `label` is stable within a probe ("nonstream", "stream", "retry-1"…). */
export interface Exchange {
  label: string;
  via: 'wire' | 'sdk';
  request: RecordedRequest;
  response?: RecordedResponse;
  /** with a response too: the failure came after the status line (what was read before it is kept) */
  error?: { kind: TransportErrorKind; message: string };
  /** when the request went out, in ms since the probe started (added by the engine: retry waits, bursts) */
  sentAtMs?: number;
}

/** What the official SDK made of a call: the parsed value, or the error class it raised. */
export interface SdkOutcome {
  label: string;
  sdkVersion: string; // e.g. "openai-node 6.49.0"
  ok: boolean;
  value?: unknown; // parsed response, accumulated chunks or finalChatCompletion(), JSON-safe
  chunks?: unknown[]; // for streams: every chunk the SDK yielded
  error?: {
    class: string;
    status?: number;
    message: string;
    type?: unknown;
    code?: unknown;
    param?: unknown;
    requestID?: string | null;
  };
  attempts?: number; // HTTP requests the call made (retries included)
}

export interface Transcript {
  probeId: string;
  startedAt: string; // ISO time
  durationMs: number;
  exchanges: Exchange[];
  sdk: SdkOutcome[];
  notes?: string[]; // e.g. "skipped: no embedding model"
  /** set when the probe itself could not run (network down, budget exhausted, bug in the probe) */
  failure?: { kind: 'error' | 'skip'; message: string };
}

export type TranscriptSet = Record<string, Transcript>;

// ---- probes ------------------------------------------------------------------------------------

export interface RunContext {
  baseUrl: string; // ends without a slash, e.g. http://127.0.0.1:4010/v1
  model: string;
  embeddingModel?: string;
  /** media models (media-models.ts): from --image-model, --transcribe-model, --speech-model or GET /models */
  imageModel?: string;
  transcriptionModel?: string;
  speechModel?: string;
  models: string[]; // ids listed by /models during preflight
  seed: number;
  trials: number; // --trials: how often repeatable probes run (default 1)
  burst: boolean; // --burst: the opt-in 429 probe may run
  propertyRuns: number; // how many generated requests each property-based probe sends (small by default, sized by --budget)
  sdk: { name: 'openai-node'; version: string; major: number }; // the SDK the sdk() calls use
  headers: Record<string, string>; // extra --header values
}

export interface WireRequest {
  label: string;
  method?: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH';
  path: string; // relative to baseUrl, e.g. "/chat/completions"
  json?: unknown; // serialised with JSON.stringify
  rawBody?: string; // sent as is (for malformed JSON)
  headers?: Record<string, string>;
  auth?: 'default' | 'none' | 'invalid'; // "invalid" sends a made-up key
  stream?: boolean; // read the body as SSE frames
}

export interface ProbeIO {
  ctx: RunContext;
  /** raw fetch, recorded in full; never throws for HTTP or network errors (they land in the exchange) */
  wire(req: WireRequest): Promise<Exchange>;
  /** the real openai SDK (maxRetries 0 unless given) over the same recording transport */
  sdk<T>(
    label: string,
    fn: (client: import('openai').default) => Promise<T>,
    opts?: { maxRetries?: number; auth?: 'default' | 'invalid' },
  ): Promise<SdkOutcome>;
  note(text: string): void;
}

export interface Probe {
  id: string; // "chat.basic"
  feature: FeatureTag;
  title: string;
  /** exact number of HTTP requests this probe sends with this context (the budget is exact) */
  cost(ctx: RunContext): number;
  /** a reason to skip (e.g. "no embedding model"), or undefined to run */
  skip?(ctx: RunContext): string | undefined;
  run(io: ProbeIO): Promise<void>;
  /** model-dependent probes run ctx.trials times; trial k>1 is stored under the id `${id}#${k}` */
  repeatable?: boolean;
  /** sent after every other probe, with nothing else in flight: it exhausts the target's rate limit (--burst) */
  alone?: boolean;
}

// ---- checks ------------------------------------------------------------------------------------

export interface SourceRef {
  ref: string; // "spec: CreateChatCompletionStreamResponse.choices[].finish_reason" or "openai-node 7: src/core/streaming.ts"
  url?: string;
}

/** What a grader decides. The engine turns `fail` into `warn` for SHOULD checks. */
export type Grade =
  | { status: 'pass'; message?: string; details?: GradeDetails }
  | { status: 'fail'; message: string; details?: GradeDetails }
  | { status: 'unsupported'; message: string; details?: GradeDetails }
  | { status: 'skip'; message: string }
  /** the check's premise was not observed (e.g. the stop sequence never appeared): no verdict either way */
  | { status: 'inconclusive'; message: string; details?: GradeDetails }
  | { status: 'untestable'; message: string; prerequisite: string };

export interface GradeDetails {
  issues?: Issue[];
  seen?: unknown; // the value that broke the rule (small)
  exchange?: { probe: string; label: string; frames?: number[] }; // where the evidence is
  note?: string; // informational, e.g. "arguments arrived whole in one chunk"
  trials?: { passed: number; total: number; low: number; high: number; flaky: boolean };
}

export interface Check {
  id: string; // "streaming.done-sentinel"
  title: string;
  feature: FeatureTag;
  level: Level;
  source: SourceRef;
  breaks?: string[]; // what a failure breaks, e.g. ["openai-node >=7 (stream never ends cleanly)"]
  divergences?: number[]; // Part B entries of the reference this check catches
  probes: string[]; // the probe ids whose transcripts it reads
  /** probes it reads when the run sends them for another reason; never sent for this check alone (so a
   *  probe of a feature left out by --features is not sent), and their absence is no error */
  optionalProbes?: string[];
  grade(t: TranscriptSet, ctx: RunContext): Grade;
  /** graded once per trial of its (repeatable) probes; the result carries the pass rate and a Wilson interval */
  repeatable?: boolean;
}

// ---- results (mirrors schemas/results.schema.json; added by the engine) ---------------------------

export interface CheckResult {
  id: string;
  title: string;
  feature: string;
  level: Level;
  status: Status;
  message: string;
  baselined?: boolean;
  evidence: {
    probes: string[];
    source: SourceRef;
    breaks?: string[];
    divergences?: number[];
    issues?: Issue[];
    seen?: unknown;
    exchange?: { probe: string; label: string; frames?: number[] };
    note?: string;
    prerequisite?: string;
    trials?: { passed: number; total: number; low: number; high: number; flaky: boolean };
  };
}

export type Summary = Record<Status, number> & { baselined?: number };

export interface Results {
  schemaVersion: 1;
  tool: { name: string; version: string; sdkVersion?: string };
  target: { baseUrl: string; model: string; embeddingModel?: string | null; label?: string };
  startedAt: string;
  durationMs: number;
  requests: number;
  plannedRequests?: number;
  seed?: number;
  options?: Record<string, unknown>;
  summary: Summary;
  checks: CheckResult[];
  transcripts?: TranscriptSet;
}
