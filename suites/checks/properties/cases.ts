// The generated requests of a property run: fast-check samples from the target's arbitraries (targets.ts), seeded
// by ctx.seed so a run is reproducible. Invalid case k is valid case k with one field broken, so the valid run
// holds the valid twin of each invalid request (a refusal counts only when its twin was accepted).
import fc from 'fast-check';
// the break of one given request: the index only offers breaks of fresh samples
import { invalidFrom } from '../../../schemas/arbitraries/invalid.ts';
import type { RunContext } from '../../engine/types.ts';
import { CHAT, type Kind, type PropertyTarget } from './targets.ts';

export type { Kind };

export interface Case {
  request: Record<string, unknown>;
  field?: string; // invalid cases: where the API must complain
  how?: string;
}

export function generateCases(kind: Kind, ctx: RunContext, count: number, target: PropertyTarget = CHAT): Case[] {
  if (count <= 0) return [];
  const valid = fc.sample(target.generate(ctx), { seed: ctx.seed, numRuns: count });
  if (kind === 'valid') return valid.map((request) => ({ request }));
  return valid.map((request, i) => {
    const [c] = fc.sample(invalidFrom(target.root, fc.constant(request)), { seed: ctx.seed + 1 + i, numRuns: 1 });
    return { request: c.request, field: c.field, how: c.how };
  });
}

/** What the probe notes about each labelled exchange, so graders know the field without regenerating cases. */
export interface CaseNote {
  label: string;
  field?: string;
  how?: string;
  shrunkFrom?: string; // label of the case this one shrinks
}

export const NOTE_PREFIX = 'case ';

export function caseNote(n: CaseNote): string {
  return NOTE_PREFIX + JSON.stringify(n);
}

export function readCaseNotes(notes: string[] | undefined): Map<string, CaseNote> {
  const out = new Map<string, CaseNote>();
  for (const n of notes ?? []) {
    if (!n.startsWith(NOTE_PREFIX)) continue;
    try {
      const parsed = JSON.parse(n.slice(NOTE_PREFIX.length)) as CaseNote;
      out.set(parsed.label, parsed);
    } catch {
      // a note we did not write
    }
  }
  return out;
}
