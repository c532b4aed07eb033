// Stream faults on the SSE text frames: time to first token, then at a counted data frame an error event, a cut,
// a stall or a malformed frame. Only event frames count (`data:` frames, [DONE] included, and typed `event:`
// frames), not comments, so `cut-after=N` with N data chunks drops just the [DONE].
import type { Frames } from '../quirks/types.ts';
import { delay } from './delay.ts';
import { midStreamErrorBody } from './error-reply.ts';
import type { FaultSpec } from './types.ts';

export const DEFAULT_STALL_MS = 30_000;
export const MALFORMED_FRAME = 'data: {"choices":[\n\n';

export interface StreamFaultOptions {
  /** the client's disconnect: every wait ends, and the stream stops */
  signal?: AbortSignal;
  /**
   * renders the mid-stream error frame(s) in the stream's framing (sse.ts STREAM_WRITERS); `sent` is the number
   * of events written before it, `first` the first of them (a Responses stream's response.created)
   */
  errorFrame?: (status: number, body: unknown, sent: number, first: string | undefined) => string;
  /** the stream kind's malformed frame; default a chat chunk's */
  malformedFrame?: string;
}

const defaultErrorFrame = (_status: number, body: unknown) => `data: ${JSON.stringify(body)}\n\n`;

export function hasStreamFaults(f: FaultSpec): boolean {
  return [f.ttft, f.streamErrorAfter, f.cutAfter, f.stallAfter, f.malformedAfter].some((v) => v !== undefined);
}

export async function* applyStreamFaults(
  frames: Frames,
  faults: FaultSpec,
  { signal, errorFrame = defaultErrorFrame, malformedFrame = MALFORMED_FRAME }: StreamFaultOptions = {},
): AsyncIterable<string> {
  if (faults.ttft !== undefined && !(await delay(faults.ttft, signal))) return;
  let sent = 0;
  let first: string | undefined;
  for await (const frame of frames) {
    if (signal?.aborted) return;
    if (frame.startsWith('data:') || frame.startsWith('event:')) {
      if (faults.malformedAfter === sent) yield malformedFrame;
      if (faults.streamErrorAfter === sent) {
        yield errorFrame(500, midStreamErrorBody(), sent, first);
        return;
      }
      first ??= frame;
      if (faults.cutAfter === sent) return;
      if (faults.stallAfter === sent) {
        await delay(faults.stallMs ?? DEFAULT_STALL_MS, signal);
        return;
      }
      sent++;
    }
    yield frame;
  }
}
