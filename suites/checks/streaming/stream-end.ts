// Did a recorded stream end, or was it cut? The transport records an `error` beside a `response` with frames when
// the connection broke after the status line (reset, timeout, a stream that never ended). A check that needs the
// end of a stream reads this first, so a cut stream is reported as cut, never as "no finish_reason".
// Local stand-in until suites/engine/transport/stream-end.ts lands; the lead swaps the import.
import type { Exchange } from '../../engine/types.ts';

export interface Cut {
  /** frames received before the cut */
  frames: number;
  /** what the transport saw, e.g. "connection failed: other side closed (ECONNRESET)" */
  why: string;
}

/** the cut, when a 2xx response was received and its body then broke off; undefined for a stream that ended */
export function cutOf(ex: Exchange): Cut | undefined {
  if (!ex.response || !ex.error) return undefined;
  return { frames: ex.response.frames?.length ?? 0, why: ex.error.message };
}

export function cutMessage(cut: Cut): string {
  return `the stream was cut after ${cut.frames} frame${cut.frames === 1 ? '' : 's'} (${cut.why})`;
}
