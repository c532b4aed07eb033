// Property-based probes: ctx.propertyRuns generated requests each, valid and invalid, per target (chat, Responses).
// Exactly that many are sent: generated cases, and once a case breaks a rule, the following requests shrink it
// (each candidate that still breaks the same rule replaces it) until no candidate is left; then generation resumes.
// A target whose route answers 404 (no Responses API) gets one request, not the run.
import type { Exchange, Probe, ProbeIO, RunContext } from '../../engine/types.ts';
import { isTransient } from '../internal/read.ts';
import { caseNote, generateCases, type Case, type Kind } from './cases.ts';
import { shrinkCandidates } from './shrink.ts';
import { INVALID_RULES, problemOf, VALID_RULES, type Rule } from './verdicts.ts';
import { CHAT, probeId, TARGETS, type PropertyTarget } from './targets.ts';

function brokenRules(kind: Kind, ex: Exchange, target: PropertyTarget, field?: string): Rule[] {
  if (isTransient(ex.response?.status)) return []; // a 429 mid-run is not the case's fault
  return (kind === 'valid' ? VALID_RULES : INVALID_RULES).filter(
    (r) => problemOf(r, ex, field, target.response) !== undefined,
  );
}

export async function runProperty(io: ProbeIO, kind: Kind, target: PropertyTarget = CHAT): Promise<void> {
  const budget = io.ctx.propertyRuns;
  const cases = generateCases(kind, io.ctx, budget, target);
  let next = 0;
  let shrunk = 0;
  const t = target;
  let failing: { c: Case; origin: string; rules: Rule[] } | undefined;
  let candidates: Case[] = [];
  let shrinkingDone = false;
  const send = (label: string, c: Case, shrunkFrom?: string) => {
    io.note(caseNote({ label, field: c.field, how: c.how, shrunkFrom }));
    return io.wire({ label, method: 'POST', path: target.path, json: c.request });
  };
  for (let sent = 0; sent < budget; sent++) {
    if (failing && candidates.length > 0) {
      const candidate = candidates.shift()!;
      const label = `shrink-${++shrunk}`;
      const ex = await send(label, candidate, failing.origin);
      const still = brokenRules(kind, ex, t, candidate.field).filter((r) => failing!.rules.includes(r));
      if (still.length > 0) {
        failing = { c: candidate, origin: failing.origin, rules: still };
        candidates = shrinkCandidates(candidate, kind, t);
      }
      if (candidates.length === 0) shrinkingDone = true;
      continue;
    }
    const c = cases[next++];
    const label = `case-${next}`;
    const ex = await send(label, c);
    if (next === 1 && target !== CHAT && ex.response?.status === 404) {
      io.note(`POST ${target.path} answered 404: the remaining generated requests were not sent`);
      return;
    }
    if (failing || shrinkingDone) continue;
    const rules = brokenRules(kind, ex, t, c.field);
    if (rules.length > 0) {
      failing = { c, origin: label, rules };
      candidates = shrinkCandidates(c, kind, t);
      if (candidates.length === 0) shrinkingDone = true;
    }
  }
}

const propertyProbe = (target: PropertyTarget, kind: Kind): Probe => ({
  id: probeId(target, kind),
  feature: 'properties',
  title:
    kind === 'valid'
      ? `Random valid ${target.noun} (from the request schema, seeded)`
      : `Random ${target.noun} with exactly one field broken (seeded)`,
  cost: (ctx: RunContext) => ctx.propertyRuns,
  run: (io) => runProperty(io, kind, target),
});

export const probes: Probe[] = TARGETS.flatMap((target) => [
  propertyProbe(target, 'valid'),
  propertyProbe(target, 'invalid'),
]);
