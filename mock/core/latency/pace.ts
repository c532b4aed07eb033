// Paces a stream's frames by a latency ticket: frames before the first token go at once (the role chunk),
// token frames follow an absolute schedule (first token, then a fixed gap with jitter), so timer drift does
// not add up and the measured speed is the profile's.
import { delay } from '../faults/delay.ts';
import type { LatencyTicket } from './gate.ts';

// a non-empty string in a field that carries output: content, refusal, tool arguments, legacy text, a typed
// event's delta (the Responses API)
const TOKEN_FIELD = /"(?:content|refusal|arguments|text|delta)":"(?:[^"\\]|\\.)/;

// typed events (the Responses API, transcriptions) carry new output in their delta events only: the .done and
// completed events repeat the whole text, and pacing them as tokens would slow the stream's end
const DELTA_TYPES = new Set([
  'response.output_text.delta',
  'response.refusal.delta',
  'response.function_call_arguments.delta',
  'transcript.text.delta',
]);
const EVENT_LINE = /^event: ([^\n]*)\n/;

/** True when a chunk (object) or SSE frame (text) carries output tokens. */
export function bearsTokens(chunkOrFrame: unknown): boolean {
  const type =
    typeof chunkOrFrame === 'string'
      ? EVENT_LINE.exec(chunkOrFrame)?.[1]
      : (chunkOrFrame as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && !DELTA_TYPES.has(type)) return false;
  return TOKEN_FIELD.test(typeof chunkOrFrame === 'string' ? chunkOrFrame : JSON.stringify(chunkOrFrame));
}

export async function* paced(
  frames: AsyncIterable<string>,
  ticket: LatencyTicket,
  plan: { tokens: number; tokenFrames: number },
  signal?: AbortSignal,
): AsyncGenerator<string> {
  const start = performance.now();
  const gap = ticket.gapMs(plan.tokens, plan.tokenFrames);
  let first = 0;
  let k = 0;
  try {
    for await (const frame of frames) {
      if (bearsTokens(frame)) {
        const target = k === 0 ? start + ticket.firstTokenMs : first + k * gap + ticket.jitterMs(gap);
        // timers may fire a little early: wait again until the frame is due, so the schedule is a lower bound
        for (let wait = target - performance.now(); wait > 0; wait = target - performance.now())
          if (!(await delay(wait, signal))) return;
        if (k === 0) first = performance.now();
        k++;
      }
      yield frame;
    }
  } finally {
    ticket.release();
  }
}
