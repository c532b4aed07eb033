// Text real apps send: quotes, a backslash, a newline, a tab, accents, CJK and an astral emoji, in a user message and
// in a tool result. The request must be accepted whenever the same conversation in plain ASCII is (its control), and
// the answer's text must come back as UTF-8, plain and streamed. A model that does not repeat the phrase shows
// nothing about the trip: inconclusive, never a failure.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { varies } from '../internal/attribution.ts';
import { completionOf, exchangeOf, show, type Source, where } from '../internal/read.ts';
import { chatChunks, readStream } from '../internal/sse.ts';
import { sdk, spec } from '../internal/sources.ts';
import { S } from '../streaming/probes.ts';
import { concurrentCut } from '../streaming/streams.ts';
import { streamEnd } from '../../engine/transport/stream-end.ts';
import { mustAccept, refusal } from './accepted.ts';
import { P } from './probes.ts';
import { damage, loneSurrogate, missingPieces, PIECES } from './utf8.ts';

const WHAT = 'a double quote, a backslash, a newline, a tab, accents, CJK and an astral emoji';
const PLAIN: Source = { probe: P.realistic, label: 'nonstream' };
const STREAM: Source = { probe: P.realistic, label: 'stream' };
const ACCEPTED = 'chat.realistic-accepted';
const AGAIN = 'a real model may comply on another try: --trials 3 sends the request again';

export const realisticAccepted: Check = {
  id: ACCEPTED,
  title: `A message and a tool result holding ${WHAT} are accepted`,
  feature: 'chat',
  level: 'MUST',
  source: spec('ChatCompletionRequestUserMessage.content, ChatCompletionRequestToolMessage.content (any JSON string)'),
  breaks: [
    'every app whose users type quotes, paths, line breaks or non-English text, and every tool that returns them',
  ],
  probes: [P.realistic, P.multiTurn],
  repeatable: true,
  grade: (t) =>
    mustAccept(
      t,
      PLAIN,
      varies({ probe: P.multiTurn, label: 'tool-history' }, 'realistic text', 'content', 'messages'),
      `a message and a tool result containing ${WHAT}`,
    ),
};

/** the verdict on one answer's text */
function judge(text: string, source: Source, via: string): Grade {
  const problem = damage(text);
  if (problem)
    return {
      status: 'fail',
      message: `the ${via} answer did not survive the round trip as UTF-8: ${problem}`,
      details: { exchange: source, seen: Array.from(text).slice(0, 200).join('') },
    };
  const missing = missingPieces(text);
  if (missing.length > 0)
    return {
      status: 'inconclusive',
      message: `the ${via} answer does not repeat ${missing.map((m) => show(m)).join(', ')} (${show(text, 60)}), so their round trip was not observed; ${AGAIN}`,
    };
  return { status: 'pass', message: `the ${via} answer repeats ${PIECES.join(' ')} intact, with no sign of damage` };
}

export const utf8RoundTrip: Check = {
  id: 'chat.utf8-round-trip',
  title: 'Non-ASCII text comes back as UTF-8: no replacement characters, lone surrogates, mojibake or double escapes',
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionResponse.choices[].message.content (a JSON string: UTF-8, RFC 8259)'),
  breaks: ['apps that show or store the answer (garbled names, broken emoji, crashes in Python on lone surrogates)'],
  probes: [P.realistic, P.multiTurn],
  repeatable: true,
  grade(t) {
    const got = exchangeOf(t, PLAIN.probe, PLAIN.label);
    if (got.ok && got.value.response!.status >= 300)
      return {
        status: 'untestable',
        message: `${where(PLAIN)} answered ${got.value.response!.status} (see ${ACCEPTED})`,
        prerequisite: ACCEPTED,
      };
    const r = completionOf(t, PLAIN.probe, PLAIN.label);
    if (!r.ok) return r.grade;
    const content = r.value.message.content;
    if (typeof content !== 'string')
      return {
        status: 'untestable',
        message: `${where(PLAIN)} answered no text (content ${show(content)})`,
        prerequisite: `${where(PLAIN)} answers text`,
      };
    return judge(content, PLAIN, 'plain');
  },
};

/** the streamed exchange, 2xx, or the grade naming what failed first */
function streamed(t: TranscriptSet) {
  const got = exchangeOf(t, STREAM.probe, STREAM.label);
  if (!got.ok) return got;
  const status = got.value.response!.status;
  if (status >= 200 && status < 300) return got;
  const plain = exchangeOf(t, PLAIN.probe, PLAIN.label);
  const plainOk = plain.ok && plain.value.response!.status < 300;
  if (!plainOk)
    return {
      ok: false as const,
      grade: {
        status: 'untestable' as const,
        message: `${where(STREAM)} answered ${status}, and so did the plain request (see ${ACCEPTED})`,
        prerequisite: ACCEPTED,
      },
    };
  return {
    ok: false as const,
    grade: refusal(
      t,
      STREAM,
      got.value,
      varies({ probe: S.basic, label: 'stream' }, 'realistic text in a stream', 'content', 'messages'),
      `a streamed message and tool result containing ${WHAT}`,
    ),
  };
}

export const utf8Stream: Check = {
  id: 'chat.utf8-stream',
  title: 'Non-ASCII text comes back as UTF-8 when streamed: whole characters in every delta, none damaged when joined',
  feature: 'chat',
  level: 'MUST',
  source: sdk('src/core/streaming.ts', 'each data event is parsed as JSON on its own; deltas are joined as strings'),
  breaks: [
    'chat UIs that stream (garbled or dropped characters)',
    'Python clients, which cannot encode a delta holding half of a surrogate pair',
  ],
  probes: [P.realistic, P.multiTurn, S.basic],
  repeatable: true,
  grade(t) {
    const got = streamed(t);
    if (!got.ok) return got.grade;
    const read = readStream(got.value);
    if (read.chunks.length === 0 && read.bad.length === 0)
      return {
        status: 'untestable',
        message: `${where(STREAM)} carried no SSE data events (see streaming.sse-body)`,
        prerequisite: 'streaming.sse-body',
      };
    if (read.bad.length > 0) {
      const b = read.bad[0];
      return {
        status: 'fail',
        message: `frame ${b.frame} of the streamed answer must be JSON (${b.reason}): ${show(b.data, 60)} (was a newline, tab or quote left unescaped?)`,
        details: { exchange: { ...STREAM, frames: [b.frame] }, seen: b.data.slice(0, 200) },
      };
    }
    let text = '';
    for (const c of chatChunks(read)) {
      const piece = c.chunk.choices?.[0]?.delta?.content;
      if (typeof piece !== 'string') continue;
      if (loneSurrogate(piece) >= 0)
        return {
          status: 'fail',
          message: `frame ${c.frame}: delta.content ${show(piece)} holds half of a surrogate pair; each delta must hold whole characters`,
          details: { exchange: { ...STREAM, frames: [c.frame] }, seen: show(piece) },
        };
      text += piece;
    }
    const verdict = judge(text, STREAM, 'streamed');
    const cut = got.value.error;
    // a stream cut short may have lost the phrase: that is the cut's fault, not the encoding's
    if (cut && verdict.status === 'inconclusive') {
      const root = concurrentCut(t) ? ' (streaming.concurrent fails for streams cut while others run)' : '';
      return {
        status: 'untestable',
        message: `${where(STREAM)}: ${streamEnd(got.value).summary} before the phrase came back whole${root}`,
        prerequisite: root ? 'streaming.concurrent' : `${where(STREAM)} ends`,
      };
    }
    return verdict;
  },
};
