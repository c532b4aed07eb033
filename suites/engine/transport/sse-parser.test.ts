import { describe, expect, it } from 'vitest';
import { parseSse, SseParser } from './sse-parser.ts';

const data = (text: string) => parseSse(text).map((f) => f.data);

describe('SseParser (openai-node framing rules)', () => {
  it('ends lines at \\n, \\r and \\r\\n alike', () => {
    expect(data('data: a\n\ndata: b\r\rdata: c\r\n\r\n')).toEqual(['a', 'b', 'c']);
  });

  it('ends an event only at a blank line and joins data lines with \\n', () => {
    expect(data('data: one\ndata: two\n\n')).toEqual(['one\ntwo']);
  });

  it('strips exactly one optional space after the colon', () => {
    expect(data('data:x\n\ndata:  y\n\n')).toEqual(['x', ' y']);
  });

  it('keeps event names and ignores id, retry and unknown fields', () => {
    const [f] = parseSse('event: error\nid: 7\nretry: 100\nfoo: bar\ndata: {}\n\n');
    expect(f.event).toBe('error');
    expect(f.data).toBe('{}');
  });

  it('reports a comment-only event as a comment and ignores comments inside an event', () => {
    const frames = parseSse(': keep-alive\n\ndata: a\n: ignored\n\n');
    expect(frames.map((f) => [f.comment ?? false, f.data])).toEqual([
      [true, undefined],
      [false, 'a'],
    ]);
  });

  it('gives an event with "event:" but no data line no data, and an empty data line ""', () => {
    const [a, b] = parseSse('event: ping\n\ndata:\n\n');
    expect(a.data).toBeUndefined();
    expect(b.data).toBe('');
  });

  it('skips blank lines between events and keeps each raw text with its line endings', () => {
    const frames = parseSse('\n\ndata: a\r\n\r\n');
    expect(frames).toHaveLength(1);
    expect(frames[0].raw).toBe('data: a\r\n\r\n');
  });

  it('handles a \\r\\n split across two chunks as one line ending', () => {
    const p = new SseParser();
    const first = p.feed('data: a\r', 1);
    const second = p.feed('\n\r\n', 2);
    expect(first).toEqual([]);
    expect(second.map((f) => [f.data, f.t, f.raw])).toEqual([['a', 2, 'data: a\r\n\r\n']]);
  });

  it('stamps each frame with the arrival time of the chunk that completed it', () => {
    const p = new SseParser();
    expect(p.feed('data: [DO', 5)).toEqual([]);
    const frames = p.feed('NE]\n\ndata: x\n\n', 9);
    expect(frames.map((f) => [f.data, f.t])).toEqual([
      ['[DONE]', 9],
      ['x', 9],
    ]);
  });

  it('flags an event cut off by the end of the stream as incomplete', () => {
    const frames = parseSse('data: a\n\ndata: b');
    expect(frames.map((f) => [f.data, f.incomplete ?? false])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('keeps "[DONE]\\r" distinct from "[DONE] " (a trailing space is data, a lone \\r ends the line)', () => {
    expect(data('data: [DONE] \n\n')).toEqual(['[DONE] ']);
    expect(data('data: [DONE]\r\n\n')).toEqual(['[DONE]']);
  });
});

describe('SseParser raw text', () => {
  it('does not carry the \\n of a skipped \\r\\n blank line into the next event', () => {
    expect(parseSse('\r\n\r\ndata: a\r\n\r\n')[0].raw).toBe('data: a\r\n\r\n');
  });
});

describe('SseParser on hostile input', () => {
  it('takes a megabyte line in many chunks and reports it as one incomplete event', () => {
    const p = new SseParser();
    const chunk = 'x'.repeat(1000);
    expect(p.feed('data: ', 0)).toEqual([]);
    for (let i = 0; i < 1000; i++) p.feed(chunk, i);
    const [frame] = p.end(1000);
    expect(frame.incomplete).toBe(true);
    expect(frame.data).toHaveLength(1_000_000);
  });
});
