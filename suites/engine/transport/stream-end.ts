// How a recorded stream ended, for checks that need its end: cleanly, cut by the network, stopped by one of
// our limits, or never answered. A check that needs the end of a stream must not pass a cut one, and should
// say what happened in the words below rather than "no finish_reason".
import type { Exchange, TransportErrorKind } from '../types.ts';

export interface StreamEnd {
  /** an answer came, no transport error followed, and no event was left without its blank line */
  clean: boolean;
  /** complete SSE events received (comments included), before any cut */
  frames: number;
  /** a `data: [DONE]` event arrived */
  done: boolean;
  /** the failure, when there was one (with `answered`, it came after the status line) */
  error?: { kind: TransportErrorKind; message: string };
  answered: boolean;
  /** one sentence: "the stream was cut after 3 frames (connection reset)" */
  summary: string;
}

export function streamEnd(ex: Exchange): StreamEnd {
  const res = ex.response;
  if (!res) {
    const why = ex.error?.message ?? 'no response recorded';
    return { clean: false, frames: 0, done: false, error: ex.error, answered: false, summary: `no answer: ${why}` };
  }
  const all = res.frames ?? [];
  const complete = all.filter((f) => !f.incomplete);
  const done = complete.some((f) => f.data?.trim() === '[DONE]');
  const frames = complete.length;
  const base = { frames, done, answered: true };
  if (ex.error) {
    // the transport phrases a cut itself; a saved run from before it did (or a hand-made transcript) is phrased here
    const said = /^the (stream|body) was cut/.test(ex.error.message);
    return {
      ...base,
      clean: false,
      error: ex.error,
      summary: said ? ex.error.message : `the stream was cut after ${count(frames)} (${ex.error.message})`,
    };
  }
  if (all.length > frames)
    return {
      ...base,
      clean: false,
      summary: `the stream ended inside an event after ${count(frames)} (its blank line never came)`,
    };
  return {
    ...base,
    clean: true,
    summary: `the stream ended after ${count(frames)}, ${done ? 'with' : 'without'} data: [DONE]`,
  };
}

const count = (n: number) => `${n} ${n === 1 ? 'frame' : 'frames'}`;
