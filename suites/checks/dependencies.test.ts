// The dependency rule, held over every check: a check whose subject is absent where absence is allowed, or whose
// absence a SHOULD check already grades, does not fail the run. The bundled mock is graded once with every optional
// thing dropped (rate-limit headers, x-request-id and message.refusal by quirk; usage, system_fingerprint and
// service_tier from the recorded bodies), a server that is otherwise correct: no check may fail or be untestable
// for it, and only the SHOULD checks that grade those presences may warn.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Exchange, Results, SdkOutcome, Transcript } from '../engine/types.ts';
import { regrade } from '../engine/regrade.ts';
import { runConform } from '../engine/run.ts';
import { isObject, parseJson } from './internal/read.ts';

/** optional top-level keys of chat and legacy completion answers (spec: not in `required`) */
const OPTIONAL_KEYS = ['usage', 'system_fingerprint', 'service_tier'];
const ANSWER_OBJECTS = new Set(['chat.completion', 'text_completion']);
const CHUNK_OBJECTS = new Set(['chat.completion.chunk', 'text_completion']);

/** the SHOULD checks that grade the presence of what was dropped: the only ones allowed to warn */
const PRESENCE_CHECKS: Record<string, string> = {
  'rate-limits.headers-present': 'x-ratelimit-* headers',
  'chat.request-id': 'x-request-id',
  'chat.sdk-request-id': 'x-request-id, as openai-node _request_id',
  'chat.usage': 'usage',
  'chat.response-shape-full': 'message.refusal, required (nullable) by the full shape',
  'vision.shape-full': 'message.refusal, required (nullable) by the full shape, in the answer to an image',
  'properties.valid-response-schema-full': 'message.refusal, in the generated answers',
};

function withoutOptional(value: unknown, objects: Set<string>): unknown {
  if (!isObject(value) || !objects.has(value.object)) return value;
  // the usage chunk a stream was asked for (include_usage) is not optional: keep it
  const keys = objects === CHUNK_OBJECTS ? OPTIONAL_KEYS.filter((k) => k !== 'usage') : OPTIONAL_KEYS;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

function stripExchange(ex: Exchange): Exchange {
  const r = ex.response;
  if (!r) return ex;
  if (r.frames) {
    const frames = r.frames.map((f) => {
      const p = f.data === undefined ? undefined : parseJson(f.data);
      if (!p?.ok) return f;
      const data = JSON.stringify(withoutOptional(p.value, CHUNK_OBJECTS));
      return { ...f, data, raw: `data: ${data}\n\n` };
    });
    const body = frames.map((f) => f.raw).join('');
    return { ...ex, response: { ...r, frames, body, bodyBytes: body.length } };
  }
  const p = parseJson(r.body);
  if (!p.ok) return ex;
  const body = JSON.stringify(withoutOptional(p.value, ANSWER_OBJECTS));
  return { ...ex, response: { ...r, body, bodyBytes: body.length } };
}

function stripOutcome(o: SdkOutcome): SdkOutcome {
  return {
    ...o,
    value: withoutOptional(o.value, ANSWER_OBJECTS),
    ...(o.chunks ? { chunks: o.chunks.map((c) => withoutOptional(c, CHUNK_OBJECTS)) } : {}),
  };
}

const strip = (t: Transcript): Transcript => ({
  ...t,
  exchanges: t.exchanges.map(stripExchange),
  sdk: t.sdk.map(stripOutcome),
});

let sparse: Results;
beforeAll(async () => {
  const full = await runConform({ mock: { quirks: ['no-rate-limit-headers', 'no-request-id', 'no-refusal-key'] } });
  const transcripts = Object.fromEntries(Object.entries(full.transcripts!).map(([id, t]) => [id, strip(t)]));
  sparse = regrade({ ...full, transcripts });
}, 60_000);

const verdicts = (statuses: string[]) =>
  sparse.checks.filter((c) => statuses.includes(c.status)).map((c) => `${c.id} (${c.level} ${c.status}): ${c.message}`);

describe('the dependency rule: an allowed omission fails nothing', () => {
  it('really omits them: usage is gone from the chat answers', () => {
    const basic = sparse.transcripts!['chat.basic'].exchanges[0];
    expect(Object.keys(JSON.parse(basic.response!.body))).not.toContain('usage');
    expect(
      Object.keys(basic.response!.headers).filter((h) => h.startsWith('x-ratelimit-') || h === 'x-request-id'),
    ).toEqual([]);
  });

  it('no check fails, errors or is untestable because of them', () => {
    expect(verdicts(['fail', 'untestable', 'error'])).toEqual([]);
  });

  it('only the SHOULD checks grading those presences warn', () => {
    const warned = sparse.checks.filter((c) => c.status === 'warn').map((c) => c.id);
    expect(warned.filter((id) => !(id in PRESENCE_CHECKS))).toEqual([]);
    for (const id of Object.keys(PRESENCE_CHECKS))
      expect(sparse.checks.find((c) => c.id === id)?.level, id).toBe('SHOULD');
  });

  it('the checks with nothing left to judge are inconclusive, naming the check that grades the absence', () => {
    const inconclusive = sparse.checks.filter((c) => c.status === 'inconclusive');
    expect(
      inconclusive
        .filter((c) => !Object.keys(PRESENCE_CHECKS).some((id) => c.message.includes(id)))
        .map((c) => `${c.id}: ${c.message}`),
    ).toEqual([]);
    expect(inconclusive.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'rate-limits.headers-parse',
        'rate-limits.remaining-decreases',
        'properties.prompt-tokens',
      ]),
    );
  });
});
