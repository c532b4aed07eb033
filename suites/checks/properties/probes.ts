// Property-based probes: ctx.propertyRuns generated requests each, valid and invalid. Exactly that many are
// sent: generated cases, and once a case breaks a rule, the following requests shrink it (each candidate that
// still breaks the same rule replaces it) until no candidate is left; then generation resumes.
import type { Exchange, Probe, ProbeIO, RunContext } from '../../engine/types.ts';
import { isTransient } from '../internal/read.ts';
import { caseNote, generateCases, type Case, type Kind } from './cases.ts';
import { shrinkCandidates } from './shrink.ts';
import { INVALID_RULES, problemOf, VALID_RULES, type Rule } from './verdicts.ts';

function brokenRules(kind: Kind, ex: Exchange, field?: string): Rule[] {
  if (isTransient(ex.response?.status)) return []; // a 429 mid-run is not the case's fault
  return (kind === 'valid' ? VALID_RULES : INVALID_RULES).filter((r) => problemOf(r, ex, field) !== undefined);
}

export async function runProperty(io: ProbeIO, kind: Kind): Promise<void> {
  const budget = io.ctx.propertyRuns;
  const cases = generateCases(kind, io.ctx, budget);
  let next = 0;
  let shrunk = 0;
  let target: { c: Case; origin: string; rules: Rule[] } | undefined;
  let candidates: Case[] = [];
  let shrinkingDone = false;
  const send = (label: string, c: Case, shrunkFrom?: string) => {
    io.note(caseNote({ label, field: c.field, how: c.how, shrunkFrom }));
    return io.wire({ label, method: 'POST', path: '/chat/completions', json: c.request });
  };
  for (let sent = 0; sent < budget; sent++) {
    if (target && candidates.length > 0) {
      const candidate = candidates.shift()!;
      const label = `shrink-${++shrunk}`;
      const ex = await send(label, candidate, target.origin);
      const still = brokenRules(kind, ex, candidate.field).filter((r) => target!.rules.includes(r));
      if (still.length > 0) {
        target = { c: candidate, origin: target.origin, rules: still };
        candidates = shrinkCandidates(candidate, kind);
      }
      if (candidates.length === 0) shrinkingDone = true;
      continue;
    }
    const c = cases[next++];
    const label = `case-${next}`;
    const ex = await send(label, c);
    if (target || shrinkingDone) continue;
    const rules = brokenRules(kind, ex, c.field);
    if (rules.length > 0) {
      target = { c, origin: label, rules };
      candidates = shrinkCandidates(c, kind);
      if (candidates.length === 0) shrinkingDone = true;
    }
  }
}

const propertyProbe = (kind: Kind, title: string): Probe => ({
  id: `properties.${kind}-requests`,
  feature: 'properties',
  title,
  cost: (ctx: RunContext) => ctx.propertyRuns,
  run: (io) => runProperty(io, kind),
});

export const validProbe = propertyProbe('valid', 'Random valid chat requests (from the request schema, seeded)');
export const invalidProbe = propertyProbe('invalid', 'Random chat requests with exactly one field broken (seeded)');

export const probes: Probe[] = [validProbe, invalidProbe];
