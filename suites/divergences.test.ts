import { describe, expect, it } from 'vitest';
import { allChecks } from './checks/index.ts';
import { checksOf, DIVERGENCES } from './divergences.ts';

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
    const uncaught = DIVERGENCES.filter((d) => checksOf(d.n).length === 0).map((d) => `B${d.n} ${d.title}`);
    expect(uncaught, 'divergences no check catches yet').toEqual([]);
  });

  it('is cited by checks only for entries that exist', () => {
    const known = new Set(DIVERGENCES.map((d) => d.n));
    const unknown = allChecks.flatMap((c) =>
      (c.divergences ?? []).filter((n) => !known.has(n)).map((n) => `${c.id} → B${n}`),
    );
    expect(unknown).toEqual([]);
  });
});
