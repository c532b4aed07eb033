// The generated requests of a property run: fast-check samples from the schemas' arbitraries, seeded by ctx.seed
// so a run is reproducible. Only text content and non-streamed requests: images, audio and files need special
// models, and streams are the streaming suite's business.
import fc from 'fast-check';
import { invalidChatRequest, validChatRequest, type InvalidRequest } from '../../../schemas/arbitraries/index.ts';
import type { RunContext } from '../../engine/types.ts';

export type Kind = 'valid' | 'invalid';

export interface Case {
  request: Record<string, unknown>;
  field?: string; // invalid cases: where the API must complain
  how?: string;
}

// `store: true` would keep the generated conversations on the account being graded
const options = (ctx: RunContext) => ({ model: ctx.model, parts: ['text'] as const, stream: false, omit: ['store'] });

export function generateCases(kind: Kind, ctx: RunContext, count: number): Case[] {
  if (count <= 0) return [];
  // the seed differs per kind so valid and invalid runs do not mirror each other
  const seed = ctx.seed + (kind === 'valid' ? 0 : 1);
  if (kind === 'valid') {
    return fc.sample(validChatRequest(options(ctx)), { seed, numRuns: count }).map((request) => ({ request: request as Record<string, unknown> }));
  }
  return fc.sample(invalidChatRequest(options(ctx)), { seed, numRuns: count }).map((c: InvalidRequest<unknown>) => ({ request: c.request as Record<string, unknown>, field: c.field, how: c.how }));
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
