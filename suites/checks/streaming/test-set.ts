// Test helper: a transcript set in which every streaming probe got a good stream; tests replace one piece.
import type { Transcript, TranscriptSet } from '../../engine/types.ts';
import { chatCompletion, chatChunks, errorBody, jsonEx, sdkOk, sseEx, tr, type FrameSpec, type SseOpts } from '../internal/fixtures.ts';
import { P as CHAT } from '../chat/probes.ts';
import { E, STREAM_CASE } from '../errors/probes.ts';
import { S } from './probes.ts';

export const TEXT = 'Red, orange and yellow.';

export function streamTranscripts(): Record<string, Transcript> {
  const final = chatCompletion(TEXT);
  return {
    [S.basic]: tr(S.basic, [sseEx('stream', chatChunks(TEXT))]),
    [S.usage]: tr(S.usage, [sseEx('stream', chatChunks('One, two, three.', { usage: true }))]),
    [S.sdk]: tr(S.sdk, [sseEx('sdk', chatChunks(TEXT), { via: 'sdk' })], [sdkOk('sdk', final, chatChunks(TEXT))]),
    [CHAT.seed]: tr(CHAT.seed, [jsonEx('first', chatCompletion(TEXT)), jsonEx('second', chatCompletion(TEXT))]),
    [E.invalid]: tr(E.invalid, [jsonEx(STREAM_CASE, errorBody("Invalid 'temperature'", 'temperature', 'decimal_above_max_value'), { status: 400 })]),
  };
}

/** the good set with the basic stream (or another probe's "stream") replaced */
export function withStream(items: FrameSpec[], o: SseOpts = {}, probe: string = S.basic): TranscriptSet {
  return { ...streamTranscripts(), [probe]: tr(probe, [sseEx('stream', items, o)]) };
}

export function streamSet(replace: Transcript[] = []): TranscriptSet {
  return { ...streamTranscripts(), ...Object.fromEntries(replace.map((t) => [t.probeId, t])) };
}
