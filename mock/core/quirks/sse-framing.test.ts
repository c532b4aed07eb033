import { describe, expect, it } from 'vitest';
import { renderResponse, transformFrames } from './index.ts';
import { chatCompletion, collect, framesOf, textStream } from './internal/fixtures.ts';
import type { QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;
const frames = () => framesOf(textStream());

describe('[DONE] quirks [20, 21]', () => {
  it('no-done drops only the [DONE] frame', async () => {
    expect(await collect(transformFrames(q('no-done'), 'chat', frames()))).toEqual(frames().slice(0, -1));
  });
  it('done-trailing-space pads only the [DONE] frame', async () => {
    const out = await collect(transformFrames(q('done-trailing-space'), 'chat', frames()));
    expect(out.at(-1)).toBe('data: [DONE] \n\n');
    expect(out.slice(0, -1)).toEqual(frames().slice(0, -1));
  });
});

describe('keep-alive-comments [22]', () => {
  it('adds comment frames before and between the data frames', async () => {
    const out = await collect(transformFrames(q('keep-alive-comments'), 'chat', frames()));
    expect(out.filter((f) => !f.startsWith(':'))).toEqual(frames());
    expect(out[0]).toBe(': OPENROUTER PROCESSING\n\n');
    expect(out.filter((f) => f === ': keep-alive\n\n')).toHaveLength(frames().length - 1);
  });
  it('puts blank lines before a non-stream body that still parses', () => {
    const text = renderResponse(q('keep-alive-comments'), 'chat', chatCompletion());
    expect(text.startsWith('\n\n{')).toBe(true);
    expect(JSON.parse(text)).toEqual(chatCompletion());
  });
});

describe('buffered-stream', () => {
  it('writes the whole stream as one piece at the end', async () => {
    expect(await collect(transformFrames(q('buffered-stream'), 'chat', frames()))).toEqual([frames().join('')]);
  });
  it('waits for the last frame before writing anything', async () => {
    let released = false;
    async function* slow() {
      yield 'data: {}\n\n';
      await new Promise((r) => setTimeout(r, 5));
      released = true;
      yield 'data: [DONE]\n\n';
    }
    const it = transformFrames(q('buffered-stream'), 'chat', slow())[Symbol.asyncIterator]();
    await it.next();
    expect(released).toBe(true);
  });
});

it('without framing quirks the frames pass through unchanged', async () => {
  expect(await collect(transformFrames(q('no-id'), 'chat', frames()))).toEqual(frames());
});
