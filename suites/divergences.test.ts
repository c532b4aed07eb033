import { describe, expect, it } from 'vitest';
import { allChecks } from './checks/index.ts';
import { DIVERGENCES } from './divergences.ts';

const byId = new Map(allChecks.map((c) => [c.id, c]));

describe('divergence traceability (reference Part B)', () => {
  it('lists all 43 entries once, in order, each with a title, providers and a public source', () => {
    expect(DIVERGENCES.map((d) => d.n)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    for (const d of DIVERGENCES) {
      expect(d.title.length, `B${d.n} title`).toBeGreaterThan(5);
      expect(d.providers.length, `B${d.n} providers`).toBeGreaterThan(0);
      expect(d.sources.length, `B${d.n} sources`).toBeGreaterThan(0);
      for (const s of d.sources) expect(s, `B${d.n} source`).toMatch(/^(https:\/\/\S+|[\w.-]+\/[\w.-]+#\d+)$/);
    }
  });

  it('maps every entry to at least one check', () => {
    const uncaught = DIVERGENCES.filter((d) => d.checks.length === 0).map((d) => `B${d.n} ${d.title}`);
    expect(uncaught, 'divergences no check catches yet').toEqual([]);
  });

  it('names only checks that exist', () => {
    const unknown = DIVERGENCES.flatMap((d) => d.checks.filter((id) => !byId.has(id)).map((id) => `B${d.n} → ${id}`));
    expect(unknown).toEqual([]);
  });

  it("agrees with every check's own divergences field, both ways", () => {
    const table = new Set(DIVERGENCES.flatMap((d) => d.checks.map((id) => `B${d.n} ${id}`)));
    const declared = new Set(allChecks.flatMap((c) => (c.divergences ?? []).map((n) => `B${n} ${c.id}`)));
    expect([...table].filter((x) => !declared.has(x)), 'in the table, not in the check').toEqual([]);
    expect([...declared].filter((x) => !table.has(x)), 'declared by the check, missing from the table').toEqual([]);
  });
});
