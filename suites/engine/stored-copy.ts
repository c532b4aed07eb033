// Graders read every body whole (up to the read cap); a saved run keeps the first `storeBytes` characters of
// each, and says so in `response.stored`, so results.json stays small whatever the target sent.
import type { Exchange, Transcript, TranscriptSet } from './types.ts';

/** the transcripts as results.json keeps them: bodies longer than `storeBytes` characters cut, marked */
export function storedTranscripts(t: TranscriptSet, storeBytes: number): TranscriptSet {
  const out: TranscriptSet = {};
  for (const [key, tr] of Object.entries(t)) {
    out[key] = tr.exchanges.some((e) => (e.response?.body.length ?? 0) > storeBytes)
      ? { ...tr, exchanges: tr.exchanges.map((e) => storedExchange(e, storeBytes)) }
      : tr;
  }
  return out;
}

function storedExchange(e: Exchange, storeBytes: number): Exchange {
  const res = e.response;
  if (!res || res.body.length <= storeBytes) return e;
  // never end on half a surrogate pair: the kept text stays valid UTF-16 (and UTF-8 once written)
  const end = /[\uD800-\uDBFF]/.test(res.body[storeBytes - 1] ?? '') ? storeBytes - 1 : storeBytes;
  return {
    ...e,
    response: { ...res, body: res.body.slice(0, end), truncated: true, stored: { kept: end, of: res.body.length } },
  };
}

export interface CutBody {
  probe: string;
  label: string;
  kept: number;
  of: number;
}

/** the bodies of these probes (every trial) that a saved run holds only in part */
export function cutBodies(t: TranscriptSet, probes: string[]): CutBody[] {
  const out: CutBody[] = [];
  for (const [key, tr] of Object.entries(t) as Array<[string, Transcript]>) {
    if (!probes.includes(key.replace(/#\d+$/, ''))) continue;
    for (const e of tr.exchanges ?? []) {
      if (e.response?.stored) out.push({ probe: key, label: e.label, ...e.response.stored });
    }
  }
  return out;
}

/** `probe models.list, exchange "list": 262,144 of 6,291,456 characters kept` */
export function describeCut(c: CutBody): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `probe ${c.probe}, exchange "${c.label}": ${n(c.kept)} of ${n(c.of)} characters kept`;
}
