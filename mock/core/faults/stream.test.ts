import { afterEach, describe, expect, it, vi } from 'vitest';
import { streamErrorFrame } from '../quirks/index.ts';
import { collect, framesOf, textStream } from '../quirks/internal/fixtures.ts';
import { applyStreamFaults, MALFORMED_FRAME, hasStreamFaults } from './index.ts';
import { STREAM_WRITERS } from '../sse.ts';
import type { FaultSpec } from './types.ts';

afterEach(() => {
  vi.useRealTimers();
});

// five data frames (role, three pieces, finish) and [DONE]
const frames = () => framesOf(textStream());
const run = (faults: FaultSpec, signal?: AbortSignal) => collect(applyStreamFaults(frames(), faults, { signal }));

describe('applyStreamFaults', () => {
  it('passes the frames through without faults', async () => {
    expect(await run({})).toEqual(frames());
  });
  it('cut-after=N ends after N data frames, without [DONE]', async () => {
    expect(await run({ cutAfter: 2 })).toEqual(frames().slice(0, 2));
    expect(await run({ cutAfter: 5 })).toEqual(frames().slice(0, 5));
    expect(await run({ cutAfter: 0 })).toEqual([]);
  });
  it('stream-error-after=N sends an error event in the API shape after N data frames, then ends', async () => {
    const out = await run({ streamErrorAfter: 3 });
    expect(out.slice(0, 3)).toEqual(frames().slice(0, 3));
    expect(out.slice(3)).toMatchInlineSnapshot(`
      [
        "data: {"error":{"message":"The server had an error while processing your request. Sorry about that!","type":"server_error","param":null,"code":null}}

      ",
      ]
    `);
  });
  it("renders the error frame with the quirks' shape when given", async () => {
    const q = new Set(['stream-error-200'] as const);
    const out = await collect(
      applyStreamFaults(frames(), { streamErrorAfter: 1 }, { errorFrame: (s, b) => streamErrorFrame(q, s, b) }),
    );
    expect(JSON.parse(out[1].slice(6))).toMatchObject({ object: 'error', code: 500 });
  });
  it('malformed-after=N inserts one truncated frame and goes on', async () => {
    const out = await run({ malformedAfter: 1 });
    expect(out).toEqual([frames()[0], MALFORMED_FRAME, ...frames().slice(1)]);
    expect(() => JSON.parse(MALFORMED_FRAME.slice(6))).toThrow();
  });
  it('counts only data frames, not comments', async () => {
    const withComments = [': keep-alive\n\n', ...frames()];
    const out = await collect(applyStreamFaults(withComments, { cutAfter: 1 }));
    expect(out).toEqual(withComments.slice(0, 2));
  });
  it('leaves the stream alone when N is past its end', async () => {
    expect(await run({ cutAfter: 99, stallAfter: 99, malformedAfter: 99, streamErrorAfter: 99 })).toEqual(frames());
  });
});

describe('timed stream faults', () => {
  it('ttft holds the first frame back', async () => {
    vi.useFakeTimers();
    const it = applyStreamFaults(frames(), { ttft: 500 })[Symbol.asyncIterator]();
    let first: IteratorResult<string> | undefined;
    void it.next().then((r) => (first = r));
    await vi.advanceTimersByTimeAsync(499);
    expect(first).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(first?.value).toBe(frames()[0]);
  });
  it('a stall ends after stall-ms without [DONE]', async () => {
    vi.useFakeTimers();
    let out: string[] | undefined;
    void run({ stallAfter: 2, stallMs: 1000 }).then((r) => (out = r));
    await vi.advanceTimersByTimeAsync(999);
    expect(out).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(out).toEqual(frames().slice(0, 2));
  });
  it('a stall and a ttft end when the client disconnects', async () => {
    const ac = new AbortController();
    const stalled = run({ stallAfter: 1 }, ac.signal);
    const waiting = run({ ttft: 60_000 }, ac.signal);
    setTimeout(() => ac.abort(), 5);
    expect(await stalled).toEqual(frames().slice(0, 1));
    expect(await waiting).toEqual([]);
  });
  it('stops at once when the signal is already aborted', async () => {
    expect(await run({}, AbortSignal.abort())).toEqual([]);
  });
});

it('hasStreamFaults tells stream faults from the others', () => {
  expect(hasStreamFaults({ latency: 5, status: 503 })).toBe(false);
  expect(hasStreamFaults({ cutAfter: 0 })).toBe(true);
});

describe('stream faults on typed event streams', () => {
  const events = () => [
    'event: response.created\ndata: {"type":"response.created","sequence_number":0}\n\n',
    'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","sequence_number":1}\n\n',
    'event: response.completed\ndata: {"type":"response.completed","sequence_number":2}\n\n',
  ];
  const writer = STREAM_WRITERS.events;
  const options = {
    errorFrame: (s: number, b: unknown, sent: number, first: string | undefined) =>
      writer.errorFrame(s, b, new Set(), sent, first),
    malformedFrame: writer.malformedFrame,
  };
  it('counts event frames: cut-after=N ends after N events', async () => {
    expect(await collect(applyStreamFaults(events(), { cutAfter: 2 }, options))).toEqual(events().slice(0, 2));
  });
  it('stream-error-after=N ends with an error event carrying the next sequence number', async () => {
    const out = await collect(applyStreamFaults(events(), { streamErrorAfter: 1 }, options));
    expect(out.slice(0, 1)).toEqual(events().slice(0, 1));
    expect(out[1]).toMatch(/^event: error\ndata: \{"type":"error",.*"sequence_number":1\}\n\n$/);
    expect(out).toHaveLength(2);
  });
  it("malformed-after=N inserts the stream kind's malformed frame", async () => {
    const out = await collect(applyStreamFaults(events(), { malformedAfter: 1 }, options));
    expect(out).toEqual([events()[0], writer.malformedFrame, ...events().slice(1)]);
  });
  it('stall-after=N holds the stream after N events, then ends it', async () => {
    vi.useFakeTimers();
    const it = applyStreamFaults(events(), { stallAfter: 1, stallMs: 1000 }, options)[Symbol.asyncIterator]();
    expect((await it.next()).value).toBe(events()[0]);
    const next = it.next();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await next).toEqual({ done: true, value: undefined });
  });
});
