// Test helper: a transcript set in which every streaming probe got a good stream and every control was accepted;
// tests replace one piece.
import type { Exchange, Transcript, TranscriptSet } from '../../engine/types.ts';
import {
  chatCompletion,
  chatChunks,
  errorBody,
  jsonEx,
  sdkOk,
  sseEx,
  tr,
  type FrameSpec,
  type SseOpts,
} from '../internal/fixtures.ts';
import { P as CHAT } from '../chat/probes.ts';
import { E, STREAM_CASE } from '../errors/probes.ts';
import { S } from './probes.ts';

export const TEXT = 'Red, orange and yellow.';
const COUNT = 'One, two, three.';

/** what openai-node and our wire probes send as Accept (the stream-by-Accept server keys on it) */
const accept = (ex: Exchange, value: string): Exchange => ({
  ...ex,
  request: { ...ex.request, headers: { ...ex.request.headers, accept: value } },
});

export function streamTranscripts(): Record<string, Transcript> {
  const final = chatCompletion(TEXT);
  return {
    [S.basic]: tr(S.basic, [accept(sseEx('stream', chatChunks(TEXT)), 'text/event-stream')]),
    [S.usage]: tr(S.usage, [sseEx('stream', chatChunks(COUNT, { usage: true })), sseEx('beside', chatChunks(COUNT))]),
    [S.sdk]: tr(
      S.sdk,
      [accept(sseEx('sdk', chatChunks(TEXT), { via: 'sdk' }), 'application/json')],
      [sdkOk('sdk', final, chatChunks(TEXT))],
    ),
    [CHAT.basic]: tr(CHAT.basic, [jsonEx('nonstream', chatCompletion('Hello to the conformance suite!'))]),
    [CHAT.seed]: tr(CHAT.seed, [jsonEx('first', chatCompletion(TEXT)), jsonEx('second', chatCompletion(TEXT))]),
    [E.invalid]: tr(E.invalid, [
      jsonEx(STREAM_CASE, errorBody("Invalid 'temperature'", 'temperature', 'decimal_above_max_value'), {
        status: 400,
      }),
    ]),
  };
}

/** the good set with one probe's "stream" exchange replaced (its other exchanges kept) */
export function withStream(items: FrameSpec[], o: SseOpts = {}, probe: string = S.basic): TranscriptSet {
  return withExchange(sseEx('stream', items, o), probe);
}

/** the good set with the exchange of the same label in `probe` replaced */
export function withExchange(ex: Exchange, probe: string = S.basic): TranscriptSet {
  const t = streamTranscripts();
  const old = t[probe];
  return { ...t, [probe]: tr(probe, [...old.exchanges.filter((e) => e.label !== ex.label), ex], old.sdk) };
}

/** an exchange cut by the network after `frames` of its frames */
export function cut(ex: Exchange, frames: number, message = 'connection failed: terminated (ECONNRESET)'): Exchange {
  return {
    ...ex,
    response: { ...ex.response!, frames: ex.response!.frames!.slice(0, frames) },
    error: { kind: 'connection', message },
  };
}

export function streamSet(replace: Transcript[] = []): TranscriptSet {
  return { ...streamTranscripts(), ...Object.fromEntries(replace.map((t) => [t.probeId, t])) };
}
