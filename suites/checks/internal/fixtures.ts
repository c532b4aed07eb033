// Test fixtures of the suite, the one module: hand-made transcripts for grader tests (JSON and SSE exchanges, SDK
// outcomes, good sample bodies that a test then breaks in one place) and tiny checks and probes for the engine's.
import type {
  Check,
  Exchange,
  Grade,
  Probe,
  RunContext,
  SdkOutcome,
  SseFrame,
  Transcript,
  TranscriptSet,
} from '../../engine/types.ts';

export function ctx(over: Partial<RunContext> = {}): RunContext {
  return {
    baseUrl: 'http://127.0.0.1:4010/v1',
    model: 'gpt-test',
    embeddingModel: 'embed-test',
    models: ['gpt-test', 'embed-test'],
    seed: 42,
    trials: 1,
    burst: false,
    propertyRuns: 5,
    sdk: { name: 'openai-node', version: '6.49.0', major: 6 },
    headers: {},
    ...over,
  };
}

export interface ExOpts {
  status?: number;
  headers?: Record<string, string>;
  via?: 'wire' | 'sdk';
  method?: string;
  path?: string;
  requestBody?: unknown;
}

const JSON_HEADERS = { 'content-type': 'application/json', 'x-request-id': 'req_0123456789abcdef' };

function request(o: ExOpts): Exchange['request'] {
  const body =
    o.requestBody === undefined
      ? undefined
      : typeof o.requestBody === 'string'
        ? o.requestBody
        : JSON.stringify(o.requestBody);
  return {
    method: o.method ?? 'POST',
    url: `http://127.0.0.1:4010/v1${o.path ?? '/chat/completions'}`,
    headers: {},
    body,
  };
}

/** a JSON (or raw text, when `body` is a string) exchange */
export function jsonEx(label: string, body: unknown, o: ExOpts = {}): Exchange {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    label,
    via: o.via ?? 'wire',
    request: request(o),
    response: {
      status: o.status ?? 200,
      headers: { ...JSON_HEADERS, ...o.headers },
      body: text,
      bodyBytes: text.length,
      ttfbMs: 5,
      totalMs: 6,
    },
  };
}

/** an exchange that never got a response */
export function failedEx(label: string, kind: 'timeout' | 'connection' = 'connection'): Exchange {
  return { label, via: 'wire', request: request({}), error: { kind, message: `${kind} failed` } };
}

/** a raw SSE frame, for comments, `event:` lines or malformed data */
export function rawFrame(f: Omit<SseFrame, 't'>): { frame: Omit<SseFrame, 't'> } {
  return { frame: f };
}

export type FrameSpec = object | string | { frame: Omit<SseFrame, 't'> };

export interface SseOpts extends ExOpts {
  /** the [DONE] data to append; false for none. Default "[DONE]". */
  done?: string | false;
  /** arrival time of frame i; default 10 ms apart */
  at?: (i: number) => number;
}

/** an SSE exchange: objects become `data: <json>` frames, strings become raw data values */
export function sseEx(label: string, items: FrameSpec[], o: SseOpts = {}): Exchange {
  const at = o.at ?? ((i: number) => 10 + 10 * i);
  const specs: FrameSpec[] = o.done === false ? items : [...items, o.done ?? '[DONE]'];
  const frames: SseFrame[] = specs.map((s, i) => {
    if (typeof s === 'object' && s !== null && 'frame' in s)
      return { ...(s as { frame: Omit<SseFrame, 't'> }).frame, t: at(i) };
    const data = typeof s === 'string' ? s : JSON.stringify(s);
    return { t: at(i), raw: `data: ${data}\n\n`, data };
  });
  const body = frames.map((f) => f.raw).join('');
  return {
    label,
    via: o.via ?? 'wire',
    request: request(o),
    response: {
      status: o.status ?? 200,
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'x-request-id': 'req_0123456789abcdef',
        ...o.headers,
      },
      body,
      bodyBytes: body.length,
      ttfbMs: 5,
      firstByteMs: frames[0]?.t,
      totalMs: (frames.at(-1)?.t ?? 5) + 1,
      frames,
    },
  };
}

export function tr(probeId: string, exchanges: Exchange[], sdk: SdkOutcome[] = [], notes?: string[]): Transcript {
  return {
    probeId,
    startedAt: '2026-11-21T00:00:00.000Z',
    durationMs: 10,
    exchanges,
    sdk,
    ...(notes ? { notes } : {}),
  };
}

export function skipped(probeId: string, message: string): Transcript {
  return { ...tr(probeId, []), failure: { kind: 'skip', message } };
}

export function set(...ts: Transcript[]): TranscriptSet {
  return Object.fromEntries(ts.map((t) => [t.probeId, t]));
}

export function sdkOk(label: string, value: unknown, chunks?: unknown[]): SdkOutcome {
  return { label, sdkVersion: 'openai-node 6.49.0', ok: true, value, ...(chunks ? { chunks } : {}), attempts: 1 };
}

export function sdkErr(
  label: string,
  cls: string,
  status: number | undefined,
  message: string,
  extra: Partial<NonNullable<SdkOutcome['error']>> = {},
): SdkOutcome {
  return {
    label,
    sdkVersion: 'openai-node 6.49.0',
    ok: false,
    error: { class: cls, status, message, ...extra },
    attempts: 1,
  };
}

// ---- good sample bodies ------------------------------------------------------------------------

export const CREATED = 1_763_683_200;

export function chatCompletion(
  content = 'Hello there, friend.',
  over: Record<string, unknown> = {},
): Record<string, any> {
  return {
    id: 'chatcmpl-abc123',
    object: 'chat.completion',
    created: CREATED,
    model: 'gpt-test',
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' },
    ],
    usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 },
    system_fingerprint: null,
    ...over,
  };
}

export interface ChunkOpts {
  usage?: boolean; // stream_options.include_usage
  finish?: string;
}

/** a spec-shaped stream: role chunk, one chunk per word, an empty-delta chunk with finish_reason, usage chunk */
export function chatChunks(content = 'Hello there, friend.', o: ChunkOpts = {}): Record<string, any>[] {
  const base = {
    id: 'chatcmpl-abc123',
    object: 'chat.completion.chunk',
    created: CREATED,
    model: 'gpt-test',
    system_fingerprint: null,
  };
  const u: { usage?: null } = o.usage ? { usage: null } : {};
  const choice = (delta: object, finish: string | null = null) => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...u,
  });
  const words = content.match(/\S+\s*/g) ?? [];
  const out: Record<string, any>[] = [
    choice({ role: 'assistant', content: '', refusal: null }),
    ...words.map((w) => choice({ content: w })),
    choice({}, o.finish ?? 'stop'),
  ];
  if (o.usage)
    out.push({
      ...base,
      choices: [],
      usage: { prompt_tokens: 12, completion_tokens: words.length, total_tokens: 12 + words.length },
    });
  return out;
}

/** a chat answer carrying `message` over an empty assistant message: tool calls, refusals, JSON content */
export function chatAnswer(message: Record<string, unknown>, finish_reason: unknown = 'stop'): Record<string, unknown> {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1_767_225_600,
    model: 'gpt-test',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: null, refusal: null, ...message },
        logprobs: null,
        finish_reason,
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

/** one stream chunk carrying `delta` */
export function chatChunk(delta: Record<string, unknown>, finish_reason: unknown = null): Record<string, unknown> {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    created: 1_767_225_600,
    model: 'gpt-test',
    choices: [{ index: 0, delta, logprobs: null, finish_reason }],
  };
}

export function errorBody(
  message = "Invalid type for 'max_tokens': expected an integer.",
  param: string | null = 'max_tokens',
  code: string | null = 'invalid_type',
) {
  return { error: { message, type: 'invalid_request_error', param, code } };
}

// ---- tiny checks and probes, for the engine ----

export const fakeCheck = (id: string, grade: Check['grade'] | Grade, over: Partial<Check> = {}): Check => ({
  id,
  title: `title of ${id}`,
  feature: 'chat',
  level: 'MUST',
  source: { ref: 'spec: test' },
  probes: ['p.one'],
  grade: typeof grade === 'function' ? grade : () => grade,
  ...over,
});

/** three probes (raw JSON, raw stream, SDK) and one check each that passes on a 2xx answer */
export function fakeSuite(): { probes: Probe[]; checks: Check[] } {
  const chat = (ctx: RunContext, stream: boolean) => ({
    model: ctx.model,
    messages: [{ role: 'user', content: 'Say hi' }],
    stream,
  });
  const probes: Probe[] = [
    {
      id: 'fake.json',
      feature: 'chat',
      title: 'raw chat',
      cost: () => 1,
      run: async (io) => void (await io.wire({ label: 'json', path: '/chat/completions', json: chat(io.ctx, false) })),
    },
    {
      id: 'fake.stream',
      feature: 'streaming',
      title: 'raw stream',
      cost: () => 1,
      run: async (io) =>
        void (await io.wire({ label: 'sse', path: '/chat/completions', json: chat(io.ctx, true), stream: true })),
    },
    {
      id: 'fake.sdk',
      feature: 'chat',
      title: 'sdk chat',
      cost: () => 1,
      run: async (io) =>
        void (await io.sdk('create', (c) =>
          c.chat.completions.create({ model: io.ctx.model, messages: [{ role: 'user', content: 'Say hi' }] }),
        )),
    },
  ];
  const ok =
    (probe: string) =>
    (t: TranscriptSet): Grade => {
      const ex = t[probe].exchanges[0];
      if (ex?.error) return { status: 'fail', message: `${ex.error.kind}: ${ex.error.message}` };
      const status = ex?.response?.status ?? 0;
      return status >= 200 && status < 300 ? { status: 'pass' } : { status: 'fail', message: `status ${status}` };
    };
  const checks: Check[] = probes.map((p) =>
    fakeCheck(`${p.id}.answers`, ok(p.id), { probes: [p.id], feature: p.feature }),
  );
  return { probes, checks };
}
