import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRequestSchemas, checkStrictSchema } from '../../mock/core/generate/strict-schema.ts';
import { formatIssues } from '../format.ts';
import { validate } from '../validate.ts';
import type { RequestSchemaName } from '../registry.ts';
import {
  invalidChatRequest,
  invalidCompletionRequest,
  invalidEmbeddingsRequest,
  invalidResponsesRequest,
  jsonSchemaObject,
  validChatRequest,
  validCompletionRequest,
  validEmbeddingsRequest,
  validResponsesRequest,
  type InvalidRequest,
} from './index.ts';

const RUNS = 200;

const cases = [
  ['chat-completion-request', validChatRequest(), invalidChatRequest()],
  ['embeddings-request', validEmbeddingsRequest(), invalidEmbeddingsRequest()],
  ['completion-request', validCompletionRequest(), invalidCompletionRequest()],
  ['responses-request', validResponsesRequest(), invalidResponsesRequest()],
] as const;

describe.each(cases)('%s arbitraries', (name, valid, invalid) => {
  it('every generated valid request passes the validator', () => {
    fc.assert(
      fc.property(valid as fc.Arbitrary<unknown>, (req) => {
        const r = validate(name as RequestSchemaName, req);
        if (!r.ok) throw new Error(formatIssues(r.must));
      }),
      { numRuns: RUNS, seed: 20261121 },
    );
  });

  it('every generated invalid request fails on exactly its labelled field', () => {
    fc.assert(
      fc.property(invalid as fc.Arbitrary<InvalidRequest<unknown>>, ({ request, field }) => {
        const r = validate(name as RequestSchemaName, request);
        expect(r.ok).toBe(false);
        expect(r.must.map((i) => i.path)).toEqual(r.must.map(() => field));
      }),
      { numRuns: RUNS, seed: 20261121 },
    );
  });
});

describe('strict schemas the API accepts', () => {
  // the request schema cannot say what strict mode demands; the mock's strict check applies the API's rules
  it('every generated valid chat request passes the strict-mode check of its schemas', () => {
    fc.assert(
      fc.property(validChatRequest(), (req) => {
        expect(checkRequestSchemas(req as Parameters<typeof checkRequestSchemas>[0])?.message).toBeUndefined();
      }),
      { numRuns: 1000, seed: 20261121 },
    );
  });

  it('every generated tool or response schema is strict-mode compliant, whatever its strict flag', () => {
    fc.assert(
      fc.property(jsonSchemaObject, (schema) => {
        expect(checkStrictSchema(schema, { kind: 'function', name: 'f' })).toEqual({ ok: true });
      }),
      { numRuns: RUNS, seed: 20261121 },
    );
  });
});

describe('validChatRequest', () => {
  const sample = fc.sample(validChatRequest({ maxMessages: 3, maxN: 2, maxTokens: 8 }), { numRuns: 400, seed: 7 });

  it('reaches the edge values and every optional field', () => {
    expect(sample.some((r) => r.temperature === 0)).toBe(true);
    expect(sample.some((r) => r.temperature === 2)).toBe(true);
    expect(sample.some((r) => typeof r.stop === 'string')).toBe(true);
    expect(
      sample.some((r) =>
        /"strict":true.*"schema":|"schema":.*"strict":true/.test(JSON.stringify(r.response_format ?? null)),
      ),
    ).toBe(true);
    expect(sample.some((r) => r.tools?.some((t) => JSON.stringify(t).includes('"strict":true')))).toBe(true);
    expect(sample.some((r) => Array.isArray(r.stop) && r.stop.length === 4)).toBe(true);
    expect(
      sample.some((r) =>
        r.tools?.some(
          (t) =>
            JSON.stringify(t).includes('"type":"object","properties":{') &&
            /"properties":\{[^}]*"properties"/.test(JSON.stringify(t)),
        ),
      ),
    ).toBe(true);
    const parts = new Set(
      sample.flatMap((r) => r.messages.flatMap((m) => (Array.isArray(m.content) ? m.content.map((p) => p.type) : []))),
    );
    expect([...parts].sort()).toEqual(['file', 'image_url', 'input_audio', 'refusal', 'text']);
    const roles = new Set(sample.flatMap((r) => r.messages.map((m) => m.role)));
    expect([...roles].sort()).toEqual(['assistant', 'developer', 'system', 'tool', 'user']);
    const seen = new Set(sample.flatMap((r) => Object.keys(r)));
    for (const key of [
      'n',
      'stop',
      'logit_bias',
      'logprobs',
      'top_logprobs',
      'seed',
      'max_tokens',
      'max_completion_tokens',
      'metadata',
      'user',
      'store',
      'response_format',
      'stream',
      'stream_options',
      'tools',
      'tool_choice',
      'parallel_tool_calls',
      'presence_penalty',
      'frequency_penalty',
      'top_p',
    ]) {
      expect(seen, key).toContain(key);
    }
  });

  it('stays within the caller-given bounds and the cross-field rules', () => {
    for (const r of sample) {
      expect(r.messages.length).toBeLessThanOrEqual(3);
      if (typeof r.n === 'number') expect(r.n).toBeLessThanOrEqual(2);
      if (typeof r.max_tokens === 'number') expect(r.max_tokens).toBeLessThanOrEqual(8);
      if (r.top_logprobs != null) expect(r.logprobs).toBe(true);
      if (r.stream_options != null) expect(r.stream).toBe(true);
      if (r.tool_choice !== undefined) expect(r.tools?.length).toBeGreaterThan(0);
      for (const [i, m] of r.messages.entries()) {
        if (m.role === 'tool')
          expect(
            r.messages
              .slice(0, i)
              .some((a) => a.role === 'assistant' && a.tool_calls?.some((c) => c.id === m.tool_call_id)),
          ).toBe(true);
        if (m.role === 'assistant' && m.content == null) expect(m.tool_calls?.length).toBeGreaterThan(0);
      }
    }
  });

  it('honours parts, omit and stream', () => {
    const only = fc.sample(validChatRequest({ parts: ['text'], omit: ['logit_bias', 'n'], stream: false }), {
      numRuns: 100,
      seed: 9,
    });
    for (const r of only) {
      expect(r).not.toHaveProperty('logit_bias');
      expect(r).not.toHaveProperty('n');
      expect(r.stream === false || r.stream === undefined).toBe(true);
      expect(JSON.stringify(r.messages)).not.toMatch(/"type":"(image_url|input_audio|file)"/);
    }
  });
});

describe('invalid arbitraries', () => {
  it('cover every kind of breakage, with labelled fields as error.param writes them', () => {
    const sample = fc.sample(invalidChatRequest({ maxMessages: 3 }), { numRuns: 300, seed: 11 });
    expect(new Set(sample.map((s) => s.how))).toEqual(
      new Set(['wrong-type', 'out-of-range', 'missing-required', 'too-many-items', 'bad-enum']),
    );
    expect(sample.map((s) => s.field).every((f) => /^[a-z_]+(\.[\w$]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*$/.test(f))).toBe(
      true,
    );
    expect(sample.some((s) => /^messages\[\d+\]\.role$/.test(s.field))).toBe(true);
  });

  it('can be limited to some kinds', () => {
    const sample = fc.sample(invalidEmbeddingsRequest({ hows: ['bad-enum'] }), { numRuns: 50, seed: 12 });
    expect(sample.every((s) => s.how === 'bad-enum' && s.field === 'encoding_format')).toBe(true);
  });
});
