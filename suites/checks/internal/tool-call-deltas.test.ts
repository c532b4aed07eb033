import { describe, expect, it } from 'vitest';
import { chatChunk, type FrameSpec, sseEx } from './fixtures.ts';
import { streamChunks } from './stream-chunks.ts';
import { accumulateToolCalls, toolCallDeltas } from './tool-call-deltas.ts';

const tc = (o: Record<string, unknown>) => chatChunk({ tool_calls: [o] });
const calls = (chunks: FrameSpec[]) => accumulateToolCalls(toolCallDeltas(streamChunks(sseEx('s', chunks))));

describe('accumulateToolCalls (openai-node rules)', () => {
  it('joins fragments by index, keeps the first id and ignores an empty continuation name', () => {
    const [call] = calls([
      tc({ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } }),
      tc({ index: 0, id: '', function: { name: '', arguments: '{"city":' } }),
      tc({ index: 0, function: { arguments: '"Paris"}' } }),
    ]);
    expect(call).toMatchObject({
      key: '0',
      id: 'call_a',
      name: 'get_weather',
      arguments: '{"city":"Paris"}',
      fragments: 2,
      frames: [0, 1, 2],
    });
  });

  it('falls back to the array position without an index, and records non-string arguments', () => {
    const out = calls([
      chatChunk({
        tool_calls: [
          { id: 'a', function: { name: 'f', arguments: { x: 1 } } },
          { id: 'b', function: { name: 'g', arguments: '{}' } },
        ],
      }),
    ]);
    expect(out.map((c) => [c.key, c.arguments, [...c.argumentTypes]])).toEqual([
      ['position 0', '{"x":1}', ['object']],
      ['position 1', '{}', ['string']],
    ]);
  });

  it('skips [DONE], comments and unparseable frames', () => {
    const ex = sseEx('s', [
      tc({ index: 0, id: 'a', type: 'function', function: { name: 'f', arguments: '{}' } }),
      'not json',
    ]);
    ex.response!.frames!.push({ t: 9, raw: ': keep-alive\n\n', comment: true });
    expect(streamChunks(ex)).toHaveLength(1);
  });
});
