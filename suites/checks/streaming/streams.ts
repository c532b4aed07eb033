// The recorded streams the frame checks grade, with their controls. streaming.basic streams chat.seed's request,
// so chat.seed (first) is its control: a 4xx is "unsupported" only when that was accepted and the error is about
// streaming. The include_usage stream's control is its plain twin, sent beside it. A 5xx to the basic stream is
// graded once, by streaming.sse-body; a stream cut after the status line is reported as cut, never judged whole.
import type { Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { P as CHAT } from '../chat/probes.ts';
import { varies } from '../internal/attribution.ts';
import {
  answeredOf,
  errorText,
  exchangeOf,
  isTransient,
  type Need,
  no,
  type Source,
  type Variant,
  where,
  yes,
} from '../internal/read.ts';
import { readStream, type StreamRead } from '../internal/sse.ts';
import { FRAME_PROBES, S } from './probes.ts';
import { streamEnd, type StreamEnd } from '../../engine/transport/stream-end.ts';

export interface Streamed {
  probe: string;
  label: string;
  ex: Exchange;
  read: StreamRead;
  end: StreamEnd;
}

export type Streams = { ok: true; items: Streamed[] } | { ok: false; grade: Grade };

export const BASIC: Source = { probe: S.basic, label: 'stream' };
export const SEEDED: Source = { probe: CHAT.seed, label: 'first' };
export const BESIDE: Source = { probe: S.usage, label: 'beside' };
export const USAGE: Source = { probe: S.usage, label: 'stream' };
/** the probes of the frame checks with their controls (the planner sends only listed probes) */
export const FRAME_CHECK_PROBES: string[] = [...FRAME_PROBES, CHAT.seed];

const VARIANTS: Record<string, Variant> = {
  [`${S.basic} stream`]: varies(SEEDED, 'streaming (stream: true)', 'stream', 'streaming'),
  [`${S.usage} stream`]: varies(BESIDE, 'stream_options.include_usage', 'stream_options', 'include_usage'),
};

export function hasData(read: StreamRead): boolean {
  return read.chunks.length > 0 || read.dones.length > 0 || read.bad.length > 0;
}

/** a 2xx stream, or the grade saying why not; a 4xx is judged against the stream's control when it has one */
export function streamOf(
  t: TranscriptSet,
  probe: string,
  label = 'stream',
  variant: Variant | undefined = VARIANTS[`${probe} ${label}`],
): Need<Streamed> {
  const got = answeredOf(t, probe, label, variant);
  if (!got.ok) return got;
  const ex = got.value.ex;
  return yes({ probe, label, ex, read: readStream(ex), end: streamEnd(ex) });
}

/** the basic stream answered 5xx: its (non-transient) status and error, which streaming.sse-body grades */
export function serverError(t: TranscriptSet): { status: number; text: string } | undefined {
  const got = exchangeOf(t, BASIC.probe, BASIC.label);
  const status = got.ok ? got.value.response!.status : 0;
  return got.ok && status >= 500 && !isTransient(status) ? { status, text: errorText(got.value) } : undefined;
}

/** a stream of the concurrent pair (streaming.usage) was cut after its status line: streaming.concurrent fails for
 * that, so another stream cut in the same run is that failure's consequence, not a finding of its own */
export function concurrentCut(t: TranscriptSet): boolean {
  return [USAGE, BESIDE].some((src) =>
    t[src.probe]?.exchanges.some((e) => e.label === src.label && e.response && e.error),
  );
}

/** a recorded stream cut while the concurrent pair was cut too: streaming.concurrent's failure, named in one line */
export function cutByConcurrency(t: TranscriptSet, ex: Exchange | undefined, what: string): Grade | undefined {
  const end = ex ? streamEnd(ex) : undefined;
  if (!end?.error || !concurrentCut(t)) return undefined;
  return {
    status: 'untestable',
    message: `${what}: ${end.summary}, while other streams of the run were cut too (streaming.concurrent fails for streams cut while others run)`,
    prerequisite: 'streaming.concurrent',
  };
}

/** a stream cut after its status line; when the concurrent pair was cut too, streaming.concurrent is the root */
function cutGrade(t: TranscriptSet, s: Streamed): Grade {
  const pairCut = concurrentCut(t);
  const root = pairCut ? ' (streaming.concurrent fails for streams cut while others run)' : '';
  return {
    status: 'untestable',
    message: `${where(s)}: ${s.end.summary}, so its end cannot be judged${root}`,
    prerequisite: pairCut ? 'streaming.concurrent' : `${where(s)} ends without a transport error`,
  };
}

export interface StreamsOptions {
  /** streams without any data event (a plain JSON answer) are left to streaming.sse-body */
  frames?: boolean;
  /** the rule needs the end of the stream: a cut stream is not judged (untestable for the basic one) */
  end?: boolean;
}

/** the 2xx streams of the frame probes, the basic one first; untestable when the basic one cannot be judged */
export function streams(t: TranscriptSet, { frames = true, end = false }: StreamsOptions = {}): Streams {
  const crash = serverError(t);
  if (crash)
    return {
      ok: false,
      grade: {
        status: 'untestable',
        message: `${where(BASIC)} answered ${crash.status} (${crash.text}); streaming.sse-body fails for that`,
        prerequisite: 'streaming.sse-body',
      },
    };
  const basic = streamOf(t, BASIC.probe, BASIC.label);
  if (!basic.ok) return basic;
  const cut = (s: Streamed) => s.end.error !== undefined && (end || !hasData(s.read));
  if (cut(basic.value)) return { ok: false, grade: cutGrade(t, basic.value) };
  if (frames && !hasData(basic.value.read))
    return {
      ok: false,
      grade: {
        status: 'untestable',
        message: 'the stream carried no SSE data events (see streaming.sse-body)',
        prerequisite: 'streaming.sse-body',
      },
    };
  const items = [basic.value];
  for (const probe of FRAME_PROBES.filter((p) => p !== S.basic)) {
    const r = streamOf(t, probe);
    if (r.ok && !cut(r.value) && (!frames || hasData(r.value.read))) items.push(r.value);
  }
  return { ok: true, items };
}

/** one stream that the rule needs whole: the grade for a cut one */
export function wholeStreamOf(t: TranscriptSet, src: Source): Need<Streamed> {
  const r = streamOf(t, src.probe, src.label);
  if (!r.ok) return r;
  return r.value.end.error ? no(cutGrade(t, r.value)) : r;
}
