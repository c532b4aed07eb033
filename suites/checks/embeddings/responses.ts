// The 2xx embedding answers. The single-input request is the prerequisite of every embeddings check, graded
// against the chat control: a 4xx about the endpoint means it is not offered (unsupported, and so for every
// embeddings check); a server error is embeddings.shape's failure, and the others' missing prerequisite.
import type { Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { controlOf, declined, endpointVaries, varies } from '../internal/attribution.ts';
import {
  errorText,
  exchangeOf,
  isTransient,
  jsonOf,
  parseJson,
  transcriptOf,
  type Parsed,
  type Source,
  where,
} from '../internal/read.ts';
import { BATCH, EMB } from './probes.ts';

export interface EmbeddingAnswer {
  probe: string;
  label: string;
  ex: Exchange;
  parsed: Parsed;
  body: any;
}

export type Answers = { ok: true; items: EmbeddingAnswer[] } | { ok: false; grade: Grade };

export const SINGLE: Source = { probe: EMB.basic, label: 'single' };
const ENDPOINT = endpointVaries(CONTROL, 'the /embeddings endpoint', 'embeddings', 'embedding', 'input');

/** what each request sent as input, by label */
export const INPUTS: Record<string, string[]> = {
  single: [BATCH[0]],
  batch: BATCH,
  base64: BATCH,
  dimensions: [BATCH[0]],
};

/** why the single-input request has no 2xx answer: `failing` for embeddings.shape, which grades a server error */
function singleProblem(t: TranscriptSet, ex: Exchange, failing: boolean): Grade {
  const s = ex.response!.status;
  if (isTransient(s))
    return {
      status: 'untestable',
      message: `${where(SINGLE)} answered ${s} (transient): ${errorText(ex)}`,
      prerequisite: `${where(SINGLE)} answered without ${s}`,
    };
  if (s >= 400 && s < 500) return declined(t, SINGLE, ex, ENDPOINT);
  const control = controlOf(t, ENDPOINT.control, ENDPOINT.subject);
  if (!control.ok) return control.grade;
  if (!failing)
    return {
      status: 'untestable',
      message: `a single-input embeddings request got HTTP ${s}: ${errorText(ex)} (see embeddings.shape)`,
      prerequisite: 'embeddings.shape',
    };
  return {
    status: 'fail',
    message: `POST /embeddings must answer 200 for one input, got ${s}: ${errorText(ex)}`,
    details: { exchange: SINGLE, seen: s },
  };
}

/** the 2xx answers of the wire requests (labels in `labels`, all when omitted) */
export function answers(t: TranscriptSet, labels?: string[], failing = false): Answers {
  const single = exchangeOf(t, SINGLE.probe, SINGLE.label);
  if (!single.ok) return single;
  const s = single.value.response!.status;
  if (s < 200 || s >= 300) return { ok: false, grade: singleProblem(t, single.value, failing) };
  const tr = transcriptOf(t, EMB.basic);
  if (!tr.ok) return tr;
  const items = tr.value.exchanges
    .filter(
      (ex) =>
        ex.via === 'wire' &&
        ex.response &&
        ex.response.status >= 200 &&
        ex.response.status < 300 &&
        (!labels || labels.includes(ex.label)),
    )
    .map((ex) => {
      const parsed = parseJson(ex.response!.body);
      return { probe: EMB.basic, label: ex.label, ex, parsed, body: parsed.ok ? parsed.value : undefined };
    });
  return { ok: true, items };
}

/** the float vectors of one request, in data order */
export function floatVectors(
  t: TranscriptSet,
  label: string,
): { ok: true; vectors: unknown[]; body: any } | { ok: false; grade: Grade } {
  const pre = answers(t, []);
  if (!pre.ok) return pre;
  const r = jsonOf(
    t,
    EMB.basic,
    label,
    varies({ probe: EMB.basic, label: 'single' }, `the "${label}" request`, 'input', 'dimensions', 'encoding_format'),
  );
  if (!r.ok) return r;
  const data = (r.value.body as any)?.data;
  if (!Array.isArray(data))
    return {
      ok: false,
      grade: {
        status: 'untestable',
        message: `the "${label}" answer has no data array (see embeddings.shape)`,
        prerequisite: EMB.basic,
      },
    };
  return { ok: true, vectors: data.map((d: any) => d?.embedding), body: r.value.body };
}
