// Errors that arrive inside a 200 stream must use the {"error":{…}} shape: openai-node throws an APIError for
// those, while any other payload is handed to the app as if it were a chunk.
import type { Check, Grade } from '../../engine/types.ts';
import { E, STREAM_CASE } from '../errors/probes.ts';
import { isObject, show } from '../internal/read.ts';
import { sdk } from '../internal/sources.ts';
import { isErrorPayload, readStream } from '../internal/sse.ts';
import { streamEnd } from '../../engine/transport/stream-end.ts';
import { FRAME_CHECK_PROBES, streams, type Streamed } from './streams.ts';

function errorStream(t: Parameters<Check['grade']>[0]): Streamed | undefined {
  const ex = t[E.invalid]?.exchanges.find((e) => e.label === STREAM_CASE);
  const s = ex?.response?.status;
  return ex && s !== undefined && s >= 200 && s < 300
    ? { probe: E.invalid, label: STREAM_CASE, ex, read: readStream(ex), end: streamEnd(ex) }
    : undefined;
}

export const errorFrames: Check = {
  id: 'streaming.error-frames',
  title: 'Errors inside a 200 stream use the {"error":{message,…}} shape',
  feature: 'streaming',
  level: 'MUST',
  source: sdk(
    'src/core/streaming.ts',
    'a data payload with a truthy error key throws APIError; anything else is yielded as a chunk',
  ),
  breaks: [
    'openai-node 6 and 7: a flat or odd error payload in a data event reaches the app as a chunk without choices (TypeError in the app)',
    'openai-node 7: a payload sent as "event: error" throws APIError, whatever its shape',
    'openai-node 6: an "event: error" payload without an error key is yielded as a chunk too',
  ],
  divergences: [23, 27, 28],
  probes: FRAME_CHECK_PROBES,
  optionalProbes: [E.invalid], // the invalid-request stream case, when the errors feature runs
  grade(t): Grade {
    const r = streams(t, { frames: false });
    if (!r.ok) return r.grade;
    const all = [...r.items, ...[errorStream(t)].filter((s): s is Streamed => s !== undefined)];
    let count = 0;
    for (const s of all) {
      for (const c of s.read.chunks.filter((c) => isErrorPayload(c.chunk))) {
        count++;
        const e = c.chunk.error;
        if (!isObject(e) || typeof e.message !== 'string')
          return {
            status: 'fail',
            message: `frame ${c.frame}: an error inside a 200 stream must be {"error":{"message":…}}, got ${show(c.chunk, 100)}`,
            details: { exchange: { probe: s.probe, label: s.label, frames: [c.frame] }, seen: c.chunk },
          };
      }
    }
    return {
      status: 'pass',
      message:
        count === 0
          ? `no error events in ${all.length} streams (the bad-input stream was refused with a status)`
          : `${count} error events use the {"error":{…}} shape`,
    };
  },
};
