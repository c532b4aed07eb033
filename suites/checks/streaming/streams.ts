// The recorded streams the frame checks grade. streaming.basic is the prerequisite: a 4xx means streaming is
// not offered (unsupported), anything else but 2xx leaves the frame checks untestable.
import type { Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { errorText, exchangeOf } from '../internal/read.ts';
import { readStream, type StreamRead } from '../internal/sse.ts';
import { FRAME_PROBES, S } from './probes.ts';

export interface Streamed {
  probe: string;
  label: string;
  ex: Exchange;
  read: StreamRead;
}

export type Streams = { ok: true; items: Streamed[] } | { ok: false; grade: Grade };

export function hasData(read: StreamRead): boolean {
  return read.chunks.length > 0 || read.dones.length > 0 || read.bad.length > 0;
}

export function streamOf(t: TranscriptSet, probe: string, label = 'stream'): { ok: true; value: Streamed } | { ok: false; grade: Grade } {
  const r = exchangeOf(t, probe, label);
  if (!r.ok) return r;
  const ex = r.value;
  const s = ex.response!.status;
  if (s >= 400 && s < 500)
    return { ok: false, grade: { status: 'unsupported', message: `The server declined the stream with ${s}: ${errorText(ex)}`, details: { exchange: { probe, label } } } };
  if (s < 200 || s >= 300)
    return { ok: false, grade: { status: 'untestable', message: `${probe} got HTTP ${s}: ${errorText(ex)}`, prerequisite: probe } };
  return { ok: true, value: { probe, label, ex, read: readStream(ex) } };
}

/**
 * The 2xx streams of the frame probes. With `frames`, streams without any data event (a plain JSON answer)
 * are left to streaming.sse-body, and the rule is untestable when the basic stream is one of them.
 */
export function streams(t: TranscriptSet, frames = true): Streams {
  const basic = streamOf(t, S.basic);
  if (!basic.ok) return basic;
  if (frames && !hasData(basic.value.read))
    return { ok: false, grade: { status: 'untestable', message: 'the stream carried no SSE data events (see streaming.sse-body)', prerequisite: S.basic } };
  const items = [basic.value];
  for (const probe of FRAME_PROBES.filter((p) => p !== S.basic)) {
    const r = streamOf(t, probe);
    if (r.ok && (!frames || hasData(r.value.read))) items.push(r.value);
  }
  return { ok: true, items };
}
