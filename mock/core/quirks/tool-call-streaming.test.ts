import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transformChunks, transformResponse } from './index.ts';
import { diffPaths } from './internal/diff.ts';
import { textStream, toolCallCompletion, toolStream, twoCalls, type ToolCallFixture } from './internal/fixtures.ts';
import type { JsonObject, QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;

const deltas = (chunks: JsonObject[]) =>
  chunks.flatMap((c) => c.choices.flatMap((ch: JsonObject) => ch.delta?.tool_calls ?? []));

/** how openai-node's accumulator joins: by index */
function joinByIndex(chunks: JsonObject[]): string[] {
  const out: string[] = [];
  for (const d of deltas(chunks)) out[d.index] = (out[d.index] ?? '') + (d.function?.arguments ?? '');
  return out;
}

/** how a lenient client joins: a delta with a non-empty id starts the next call */
function joinById(chunks: JsonObject[]): string[] {
  const out: string[] = [];
  for (const d of deltas(chunks)) {
    if (typeof d.id === 'string' && d.id !== '') out.push('');
    out[out.length - 1] += typeof d.function?.arguments === 'string' ? d.function.arguments : '';
  }
  return out;
}

const callsArb: fc.Arbitrary<ToolCallFixture[]> = fc
  .array(fc.tuple(fc.jsonValue(), fc.array(fc.nat({ max: 200 }), { maxLength: 6 })), { minLength: 1, maxLength: 4 })
  .map((calls) =>
    calls.map(([value, cuts], i) => {
      const text = JSON.stringify(value ?? null);
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const fragments = [0, ...points].map((start, k) => text.slice(start, [...points, text.length][k]));
      return { id: `call_${i}`, name: `tool_${i}`, fragments: fragments.filter((f) => f !== '') };
    }),
  );

describe('no-tool-call-index [1, 2]', () => {
  it('removes index from every tool-call delta and changes nothing else', () => {
    const before = toolStream();
    const after = transformChunks(q('no-tool-call-index'), 'chat', before);
    expect(deltas(after).every((d) => !('index' in d))).toBe(true);
    expect(diffPaths(before, after).every((p) => /tool_calls\[0\]\.index$/.test(p))).toBe(true);
    expect(diffPaths(before, after)).toHaveLength(deltas(before).length);
  });
});

describe('reused-tool-call-index [3]', () => {
  it('gives the second call index 0 and continuations id ""', () => {
    const after = transformChunks(q('reused-tool-call-index'), 'chat', toolStream());
    expect(deltas(after).map((d) => [d.index, d.id])).toEqual([
      [0, 'call_a1'],
      [0, ''],
      [0, ''],
      [0, ''],
      [0, 'call_b2'],
      [0, ''],
      [0, ''],
    ]);
    expect(joinByIndex(after)).toEqual([twoCalls.map((c) => c.fragments.join('')).join('')]);
  });

  it('keeps the arguments joinable by id', () => {
    fc.assert(
      fc.property(callsArb, (calls) => {
        const after = transformChunks(q('reused-tool-call-index'), 'chat', toolStream(calls));
        expect(joinById(after)).toEqual(calls.map((c) => c.fragments.join('')));
      }),
    );
  });
});

describe('whole-tool-arguments [4, 5]', () => {
  it('sends each call whole in its first delta, then the finish chunk', () => {
    const before = toolStream();
    const after = transformChunks(q('whole-tool-arguments'), 'chat', before);
    expect(after.map((c) => c.choices[0].delta)).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            index: 0,
            id: 'call_a1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
        ],
      },
      {
        tool_calls: [
          { index: 1, id: 'call_b2', type: 'function', function: { name: 'get_time', arguments: '{"zone":"CET"}' } },
        ],
      },
      {},
    ]);
    expect(after.at(-1)).toEqual(before.at(-1));
  });

  it('keeps the joined arguments identical', () => {
    fc.assert(
      fc.property(callsArb, (calls) => {
        const after = transformChunks(q('whole-tool-arguments'), 'chat', toolStream(calls));
        expect(joinByIndex(after)).toEqual(calls.map((c) => c.fragments.join('')));
        expect(deltas(after)).toHaveLength(calls.length);
      }),
    );
  });

  it('leaves a text stream alone', () => {
    expect(transformChunks(q('whole-tool-arguments'), 'chat', textStream())).toEqual(textStream());
  });
});

describe('object-arguments [6]', () => {
  it('turns message tool-call arguments into objects and nothing else', () => {
    const before = toolCallCompletion();
    const after = transformResponse(q('object-arguments'), 'chat', before) as JsonObject;
    expect(after.choices[0].message.tool_calls.map((c: JsonObject) => c.function.arguments)).toEqual([
      { city: 'Paris' },
      { zone: 'CET' },
    ]);
    expect(diffPaths(before, after)).toEqual([
      '$.choices[0].message.tool_calls[0].function.arguments',
      '$.choices[0].message.tool_calls[1].function.arguments',
    ]);
  });

  it('streams each call whole with object arguments', () => {
    const after = transformChunks(q('object-arguments'), 'chat', toolStream());
    expect(deltas(after).map((d) => d.function.arguments)).toEqual([{ city: 'Paris' }, { zone: 'CET' }]);
  });
});

it('the stage functions never change their input', () => {
  const before = toolStream();
  const copy = structuredClone(before);
  transformChunks(q('whole-tool-arguments', 'reused-tool-call-index', 'no-tool-call-index'), 'chat', before);
  expect(before).toEqual(copy);
});
