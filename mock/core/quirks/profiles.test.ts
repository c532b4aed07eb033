import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVIDER_PROFILES, QUIRK_NAMES, quirkDef, resolveQuirks } from './index.ts';

describe('provider profiles', () => {
  it('do not share a name with a quirk', () => {
    for (const name of Object.keys(PROVIDER_PROFILES)) expect(QUIRK_NAMES as string[]).not.toContain(name);
  });
  it('only hold quirks that document that provider\'s Part B entries', () => {
    for (const [name, profile] of Object.entries(PROVIDER_PROFILES)) {
      const cited = profile.quirks.map((q) => quirkDef(q)!.partB);
      for (const [i, partB] of cited.entries())
        expect(partB.some((n) => (profile.partB as readonly number[]).includes(n)), `${name}: ${profile.quirks[i]}`).toBe(true);
      for (const n of profile.partB) expect(cited.flat(), `${name}: [${n}]`).toContain(n);
    }
  });
  it('expand to their quirks in a header, next to single quirks', () => {
    const r = resolveQuirks([], 'azure, no-done');
    expect(r.ok && [...r.quirks]).toEqual(['empty-first-chunk', 'bad-rate-limit-headers', 'no-done']);
  });
  it('are listed in the README', () => {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    for (const [name, profile] of Object.entries(PROVIDER_PROFILES))
      expect(readme, name).toContain(`| \`${name}\` | ${profile.quirks.map((q) => `\`${q}\``).join(', ')} |`);
  });
});
