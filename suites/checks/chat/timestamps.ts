// Unix times in seconds: the type (an integer, not milliseconds, B15) and plausibility (not before the API existed,
// not in the future). The future is judged against the server's own clock (its Date header) when it sends one,
// else against the time the run sent the request, with room for clocks that disagree.
import type { Exchange, Transcript } from '../../engine/types.ts';
import { header, show } from '../internal/read.ts';

/** 2015-01-01: no chat completion was created before that; 23 or 0 is a placeholder, not a time */
export const EARLIEST = Date.UTC(2015, 0, 1) / 1000;
const SAME_CLOCK_SLACK = 3600; // created and Date come from the server's clocks: an hour covers a farm's skew
const OUR_CLOCK_SLACK = 86_400; // no Date header: our clock against theirs, a day covers a badly set one

/** an integer Unix time in seconds: milliseconds (B15) are > 1e11 */
export function secondsProblem(v: unknown, field = 'created'): string | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v))
    return `${field} must be an integer Unix time in seconds, got ${show(v)}`;
  if (v >= 1e11) return `${field} must be in seconds, got ${v} (milliseconds?)`;
  if (v < 0) return `${field} must be a Unix time in seconds, got ${v}`;
  return undefined;
}

/** what "now" was for an exchange, and how far ahead of it a timestamp may be */
export interface Clock {
  now: number; // Unix seconds
  what: string; // for messages
  slack: number;
}

/** the exchange's Date header, else the time the run sent it (the transcript's start plus its offset) */
export function clockOf(ex: Exchange, tr: Transcript | undefined): Clock | undefined {
  const date = Date.parse(header(ex, 'date') ?? '');
  if (Number.isFinite(date)) return { now: date / 1000, what: "the response's Date header", slack: SAME_CLOCK_SLACK };
  const start = Date.parse(tr?.startedAt ?? '');
  if (Number.isFinite(start))
    return { now: (start + (ex.sentAtMs ?? 0)) / 1000, what: 'the time the request was sent', slack: OUR_CLOCK_SLACK };
  return undefined;
}

const ahead = (s: number) => (s < 48 * 3600 ? `${Math.round(s / 3600)} h` : `${Math.round(s / 86_400)} days`);
const iso = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');

/** secondsProblem, then plausibility: not before `earliest`, not after the clock (plus its slack) */
export function timeProblem(
  v: unknown,
  clock: Clock | undefined,
  earliest = EARLIEST,
  field = 'created',
): string | undefined {
  const typed = secondsProblem(v, field);
  if (typed) return typed;
  const s = v as number;
  if (s < earliest)
    return `${field} must be a plausible Unix time in seconds (after ${iso(earliest).slice(0, 10)}), got ${s} (${iso(s)})`;
  if (clock && s > clock.now + clock.slack)
    return `${field} must not be in the future, got ${s} (${iso(s)}), ${ahead(s - clock.now)} after ${clock.what} (${iso(Math.round(clock.now))})`;
  return undefined;
}
