// Structural shrinking of a failing request: drop half of the optional top-level fields, then one (each with the
// fields that depend on it), or cut the conversation to its last user turn. Valid cases stay schema-valid; invalid
// cases keep their broken field. The probe tries candidates live, within its exact request budget.
import { validate } from '../../../schemas/index.ts';
import type { Case, Kind } from './cases.ts';
import { CHAT, type PropertyTarget } from './targets.ts';

export function shrinkCandidates(c: Case, kind: Kind, target: PropertyTarget = CHAT): Case[] {
  const { keep, coupled, conversation } = target;
  const fieldRoot = c.field?.split(/[.[]/)[0];
  const out: Case[] = [];
  const droppable = Object.keys(c.request).filter(
    (key) =>
      !keep.has(key) && key !== fieldRoot && !(fieldRoot !== undefined && (coupled[key] ?? []).includes(fieldRoot)),
  );
  const without = (keys: string[]) => {
    const drop = keys.flatMap((k) => [k, ...(coupled[k] ?? [])]);
    return { ...c, request: Object.fromEntries(Object.entries(c.request).filter(([k]) => !drop.includes(k))) };
  };
  // halves first (as in delta debugging): with few requests to spare, big steps shrink furthest
  if (droppable.length >= 4) {
    const mid = Math.ceil(droppable.length / 2);
    out.push(without(droppable.slice(0, mid)), without(droppable.slice(mid)));
  }
  for (const key of droppable) out.push(without([key]));
  const turns = c.request[conversation];
  if (Array.isArray(turns) && turns.length > 1 && fieldRoot !== conversation) {
    const lastUser = [...turns].reverse().find((m) => (m as { role?: unknown })?.role === 'user');
    if (lastUser) out.push({ ...c, request: { ...c.request, [conversation]: [lastUser] } });
  }
  return kind === 'valid' ? out.filter((x) => validate(target.request, x.request).ok) : out;
}
