// The 2xx embedding answers. The single-input request is the prerequisite of every embeddings check.
import type { Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { varies } from '../internal/attribution.ts';
import { errorText, exchangeOf, jsonOf, parseJson, transcriptOf, type Parsed } from '../internal/read.ts';
import { EMB } from './probes.ts';

export interface EmbeddingAnswer {
  probe: string;
  label: string;
  ex: Exchange;
  parsed: Parsed;
  body: any;
}

export type Answers = { ok: true; items: EmbeddingAnswer[] } | { ok: false; grade: Grade };

/** the 2xx answers of the wire requests (labels in `labels`, all when omitted) */
export function answers(t: TranscriptSet, labels?: string[]): Answers {
  const single = exchangeOf(t, EMB.basic, 'single');
  if (!single.ok) return single;
  const s = single.value.response!.status;
  if (s < 200 || s >= 300)
    return { ok: false, grade: { status: 'untestable', message: `a single-input embeddings request got HTTP ${s}: ${errorText(single.value)}`, prerequisite: EMB.basic } };
  const tr = transcriptOf(t, EMB.basic);
  if (!tr.ok) return tr;
  const items = tr.value.exchanges
    .filter((ex) => ex.via === 'wire' && ex.response && ex.response.status >= 200 && ex.response.status < 300 && (!labels || labels.includes(ex.label)))
    .map((ex) => {
      const parsed = parseJson(ex.response!.body);
      return { probe: EMB.basic, label: ex.label, ex, parsed, body: parsed.ok ? parsed.value : undefined };
    });
  return { ok: true, items };
}

/** the float vectors of one request, in data order */
export function floatVectors(t: TranscriptSet, label: string): { ok: true; vectors: unknown[]; body: any } | { ok: false; grade: Grade } {
  const pre = answers(t, []);
  if (!pre.ok) return pre;
  const r = jsonOf(t, EMB.basic, label, varies({ probe: EMB.basic, label: 'single' }, `the "${label}" request`, 'input', 'dimensions', 'encoding_format'));
  if (!r.ok) return r;
  const data = (r.value.body as any)?.data;
  if (!Array.isArray(data)) return { ok: false, grade: { status: 'untestable', message: `the "${label}" answer has no data array (see embeddings.shape)`, prerequisite: EMB.basic } };
  return { ok: true, vectors: data.map((d: any) => d?.embedding), body: r.value.body };
}
