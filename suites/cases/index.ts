// Your app's own cases as probes and checks of feature `cases`, run by the same engine as the suite.
import type { Case, ConformCases } from '../../schemas/generated/cases.ts';
import type { Check, Probe } from '../engine/types.ts';
import { isObject } from '../checks/internal/read.ts';
import { endpointOf } from './answer.ts';
import { caseCheck } from './check.ts';
import { caseId } from './load.ts';
import { caseProbe } from './probe.ts';

export { parseCases, caseId } from './load.ts';

export interface CasesOptions {
  /** the file's name, for sources and messages */
  file: string;
  /** --model / --embedding-model: replace body.model (embeddings paths take the embedding model) */
  model?: string;
  embeddingModel?: string;
}

export function casesSuite(doc: ConformCases, o: CasesOptions): { probes: Probe[]; checks: Check[] } {
  const probes: Probe[] = [];
  const checks: Check[] = [];
  for (const raw of doc.cases) {
    const c = withModel(raw, o);
    const id = caseId(c.name);
    probes.push(caseProbe(c, id));
    checks.push(caseCheck(c, id, o.file));
  }
  return { probes, checks };
}

function withModel(c: Case, o: CasesOptions): Case {
  const model = endpointOf(c.request.path) === 'embeddings' ? o.embeddingModel : o.model;
  if (model === undefined || !isObject(c.request.body) || !('model' in c.request.body)) return c;
  return { ...c, request: { ...c.request, body: { ...c.request.body, model } } };
}
