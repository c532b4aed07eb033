// The JSON body of a models answer, read whole. A list of thousands of models is valid (aggregators list them), so
// a body cut short by the read cap, or by a saved run's copy (regrade), says nothing about the server: the check
// is inconclusive rather than "not JSON".
import type { Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { controlOf, declined } from '../internal/attribution.ts';
import {
  type Answered,
  clip,
  errorText,
  exchangeOf,
  isTransient,
  type Need,
  no,
  parseJson,
  type Source,
  type Variant,
  where,
  yes,
} from '../internal/read.ts';
import { M } from './probes.ts';

const LIST: Source = { probe: M.basic, label: 'list' };

/** the grade for a 2xx body that does not parse: inconclusive when we hold only part of it */
function notJson(ex: Exchange, source: Source, what: string, failing: boolean): Grade {
  const res = ex.response!;
  if (res.truncated)
    return {
      status: 'inconclusive',
      message: `${what} sent ${res.bodyBytes} bytes and only the first ${res.body.length} characters are at hand (the read cap, or a saved run's copy), so it cannot be parsed whole`,
    };
  if (!failing)
    return {
      status: 'untestable',
      message: `${what} is not JSON (see models.list-shape)`,
      prerequisite: 'models.list-shape',
    };
  return {
    status: 'fail',
    message: `${what} must answer JSON, got ${clip(res.body, 60)}`,
    details: { exchange: source },
  };
}

/** GET /models: `failing` for models.list-shape, which grades a refusal or a body that is not JSON; others defer to it */
export function listBody(t: TranscriptSet, failing: boolean): Need<Answered> {
  const r = exchangeOf(t, LIST.probe, LIST.label);
  if (!r.ok) return r;
  const ex = r.value;
  const s = ex.response!.status;
  if (s < 200 || s >= 300) {
    if (!failing || isTransient(s))
      return no({
        status: 'untestable',
        message: `GET /models answered ${s}: ${errorText(ex)}`,
        prerequisite: failing ? where(LIST) : 'models.list-shape',
      });
    return no({
      status: 'fail',
      message: `GET /models must answer 200, got ${s}: ${errorText(ex)}`,
      details: { exchange: LIST, seen: s },
    });
  }
  const p = parseJson(ex.response!.body);
  if (!p.ok) return no(notJson(ex, LIST, 'GET /models', failing));
  return yes({ ex, status: s, body: p.value });
}

/** another models request, graded against its control: 2xx JSON, or unsupported / untestable / fail */
export function wholeJson(t: TranscriptSet, source: Source, variant: Variant, what: string): Need<Answered> {
  const r = exchangeOf(t, source.probe, source.label);
  if (!r.ok) return r;
  const ex = r.value;
  const s = ex.response!.status;
  if (isTransient(s))
    return no({
      status: 'untestable',
      message: `${where(source)} answered ${s} (transient): ${errorText(ex)}`,
      prerequisite: `${where(source)} answered without ${s}`,
    });
  if (s >= 400 && s < 500) return no(declined(t, source, ex, variant));
  if (s < 200 || s >= 300) {
    const control = controlOf(t, variant.control, variant.subject);
    if (!control.ok) return control;
    return no({
      status: 'fail',
      message: `${what} must answer 200, got ${s}: ${errorText(ex)}`,
      details: { exchange: source, seen: s },
    });
  }
  const p = parseJson(ex.response!.body);
  if (!p.ok) return no(notJson(ex, source, what, true));
  return yes({ ex, status: s, body: p.value });
}
