// SSE framing, graded frame by frame the way openai-node reads it.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { everyItem } from '../internal/grade.ts';
import { controlOf } from '../internal/attribution.ts';
import { clip, header, show, where } from '../internal/read.ts';
import { sdk, spec } from '../internal/sources.ts';
import { chatChunks } from '../internal/sse.ts';
import { S } from './probes.ts';
import {
  BASIC,
  FRAME_CHECK_PROBES,
  SEEDED,
  serverError,
  streams,
  hasData,
  type Streamed,
  type StreamsOptions,
} from './streams.ts';

const STREAMING_TS = 'src/core/streaming.ts';

function each(
  t: TranscriptSet,
  opts: StreamsOptions,
  test: (s: Streamed) => ReturnType<Parameters<typeof everyItem<Streamed>>[1]>,
  pass: string,
): Grade {
  const r = streams(t, opts);
  if (!r.ok) return r.grade;
  return everyItem(r.items, test, pass);
}

export const sseBody: Check = {
  id: 'streaming.sse-body',
  title: 'stream: true is answered with SSE data events, not a plain JSON body',
  feature: 'streaming',
  level: 'MUST',
  source: sdk(STREAMING_TS, 'a body without data: lines yields zero chunks, silently'),
  breaks: ['openai-node 6 and 7: the stream yields nothing and ends without error, so apps show an empty answer'],
  probes: FRAME_CHECK_PROBES,
  grade(t) {
    // the root of the stream checks: a 5xx to the stream is graded here once, against its unstreamed control
    const crash = serverError(t);
    if (crash) {
      const control = controlOf(t, SEEDED, 'stream: true');
      if (!control.ok) return control.grade;
      return {
        status: 'fail',
        message: `stream: true was answered ${crash.status} (${crash.text}), while the same request without it, ${where(SEEDED)}, was answered`,
        details: { exchange: BASIC, seen: crash.status },
      };
    }
    return each(
      t,
      { frames: false },
      (s) =>
        hasData(s.read)
          ? undefined
          : { message: `stream: true must be answered with "data:" events, got ${clip(s.ex.response!.body, 70)}` },
      'the streams carry SSE data events',
    );
  },
};

export const contentType: Check = {
  id: 'streaming.content-type',
  title: 'Streams are sent as text/event-stream',
  feature: 'streaming',
  level: 'MUST',
  source: spec('createChatCompletion 200 response: text/event-stream when stream is true'),
  breaks: ['browser EventSource and proxies that buffer other content types (openai-node does not check it)'],
  probes: FRAME_CHECK_PROBES,
  grade: (t) =>
    each(
      t,
      { frames: false },
      (s) => {
        const ct = header(s.ex, 'content-type');
        return ct !== undefined && /^text\/event-stream/i.test(ct.trim())
          ? undefined
          : { message: `content-type must be text/event-stream, got ${show(ct)}`, seen: ct ?? null };
      },
      'streams are text/event-stream',
    ),
};

export const dataJson: Check = {
  id: 'streaming.data-json',
  title: 'Every SSE data event is JSON, except the [DONE] sentinel',
  feature: 'streaming',
  level: 'MUST',
  source: sdk(STREAMING_TS, 'JSON.parse of every data event; an event with empty data throws'),
  breaks: ['openai-node 6 and 7: the stream throws a SyntaxError at that event'],
  divergences: [22],
  probes: FRAME_CHECK_PROBES,
  grade: (t) =>
    each(
      t,
      { frames: true },
      (s) => {
        const b = s.read.bad[0];
        if (!b) return undefined;
        return {
          message: `frame ${b.frame}: every data event must be JSON or [DONE] (${b.reason}), got ${show(b.data, 60)}`,
          seen: b.data,
          frames: s.read.bad.map((x) => x.frame),
        };
      },
      'every data event parses as JSON (comments and [DONE] aside)',
    ),
};

export const donePresent: Check = {
  id: 'streaming.done-present',
  title: 'The stream ends with a data: [DONE] event',
  feature: 'streaming',
  level: 'MUST',
  source: spec('CreateChatCompletionRequest.stream ("terminated by a data: [DONE] message")'),
  breaks: [
    'hand-written SSE loops and clients that wait for [DONE] (they hang until the connection closes)',
    'openai-node 6 and 7: tolerated (EOF ends the stream silently)',
  ],
  divergences: [20],
  probes: FRAME_CHECK_PROBES,
  grade: (t) =>
    each(
      t,
      { frames: true, end: true },
      (s) =>
        s.read.dones.length > 0
          ? undefined
          : {
              message: `the stream must end with "data: [DONE]", but it ended after ${s.read.frameCount} frames without one`,
            },
      'every stream ends with [DONE]',
    ),
};

export const doneExact: Check = {
  id: 'streaming.done-exact',
  title: 'The last event is exactly "data: [DONE]"',
  feature: 'streaming',
  level: 'MUST',
  source: sdk(STREAMING_TS, "sse.data === '[DONE]' (v7); v6 uses startsWith('[DONE]')", 'v7.5.0'),
  breaks: [
    'openai-node >=7: a padded [DONE] is parsed as JSON and the stream throws',
    'openai-node 6: tolerated (startsWith)',
  ],
  divergences: [21],
  probes: FRAME_CHECK_PROBES,
  grade(t) {
    const r = streams(t, { frames: true, end: true });
    if (!r.ok) return r.grade;
    const withDone = r.items.filter((s) => s.read.dones.length > 0);
    if (withDone.length === 0)
      return {
        status: 'untestable',
        message: 'no stream sent [DONE] (see streaming.done-present)',
        prerequisite: 'streaming.done-present',
      };
    return everyItem(
      withDone,
      (s) => {
        const d = s.read.dones[0];
        if (d.data !== '[DONE]')
          return {
            message: `frame ${d.frame}: the sentinel must be exactly "[DONE]", got ${show(d.data)}`,
            seen: d.data,
            frames: [d.frame],
          };
        if (d.frame !== s.read.lastDataFrame)
          return {
            message: `frame ${d.frame}: [DONE] must be the last event, but data follows in frame ${s.read.lastDataFrame}`,
            frames: [d.frame, s.read.lastDataFrame],
          };
        return undefined;
      },
      'every stream ends with exactly "data: [DONE]"',
    );
  },
};

export const incremental: Check = {
  id: 'streaming.incremental',
  title: 'Content arrives in several events, spread over time',
  feature: 'streaming',
  level: 'SHOULD',
  source: spec('CreateChatCompletionRequest.stream ("data is streamed to the client as it is generated")'),
  breaks: ['time to first token: chat UIs show nothing until the whole answer is done'],
  divergences: [4],
  probes: [S.basic, SEEDED.probe],
  grade(t) {
    const r = streams(t, { frames: true });
    if (!r.ok) return r.grade;
    const basic = r.items[0];
    const content = chatChunks(basic.read).filter((c) =>
      c.chunk.choices?.some?.((ch: any) => typeof ch?.delta?.content === 'string' && ch.delta.content !== ''),
    );
    const exchange = BASIC;
    if (content.length < 2 && basic.end.error)
      return {
        status: 'untestable',
        message: `${where(BASIC)}: ${basic.end.summary}, with ${content.length} content events before it`,
        prerequisite: `${where(BASIC)} ends without a transport error`,
      };
    if (content.length < 2)
      return {
        status: 'fail',
        message: `the answer should arrive in several content events, got ${content.length}`,
        details: { exchange: { ...exchange, frames: content.map((c) => c.frame) } },
      };
    // frames read together share one arrival time: a buffered stream arrives in a single read
    const reads = new Set(content.map((c) => c.t)).size;
    const spread = content.at(-1)!.t - content[0].t;
    if (reads < 2)
      return {
        status: 'fail',
        message: `the ${content.length} content events should arrive as they are generated, but all arrived at once (${content[0].t.toFixed(1)} ms)`,
        details: { exchange: { ...exchange, frames: [content[0].frame, content.at(-1)!.frame] } },
      };
    return {
      status: 'pass',
      message: `${content.length} content events over ${reads} reads, ${spread.toFixed(1)} ms apart first to last`,
    };
  },
};
