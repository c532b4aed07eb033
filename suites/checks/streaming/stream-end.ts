// How a recorded stream ended: cleanly, or cut after the status line (reset, timeout, one of our limits). A check
// that needs the end of a stream reads this first, so a cut stream is reported as cut, never as "no finish_reason".
// Local stand-in with the interface of suites/engine/transport/stream-end.ts (engine branch): once that lands,
// the lead swaps the import and deletes this file. Until then the transport's error message is not yet phrased
// as a cut, so `summary` phrases it.
import type { Exchange } from '../../engine/types.ts';

export interface StreamEnd {
  /** an answer came, no transport error followed, and no event was left without its blank line */
  clean: boolean;
  /** complete SSE events received (comments included), before any cut */
  frames: number;
  /** a `data: [DONE]` event arrived */
  done: boolean;
  error?: Exchange['error'];
  answered: boolean;
  /** one sentence: "the stream was cut after 3 frames (connection reset)" */
  summary: string;
}

const count = (n: number) => `${n} ${n === 1 ? 'frame' : 'frames'}`;

export function streamEnd(ex: Exchange): StreamEnd {
  const res = ex.response;
  if (!res) return { clean: false, frames: 0, done: false, error: ex.error, answered: false, summary: `no answer: ${ex.error?.message ?? 'no response recorded'}` };
  const all = res.frames ?? [];
  const complete = all.filter((f) => !f.incomplete);
  const base = { frames: complete.length, done: complete.some((f) => f.data?.trim() === '[DONE]'), answered: true };
  if (ex.error) {
    const summary = /^the stream was cut/.test(ex.error.message) ? ex.error.message : `the stream was cut after ${count(base.frames)} (${ex.error.message})`;
    return { ...base, clean: false, error: ex.error, summary };
  }
  if (all.length > base.frames) return { ...base, clean: false, summary: `the stream ended inside an event after ${count(base.frames)} (its blank line never came)` };
  return { ...base, clean: true, summary: `the stream ended after ${count(base.frames)}, ${base.done ? 'with' : 'without'} data: [DONE]` };
}
