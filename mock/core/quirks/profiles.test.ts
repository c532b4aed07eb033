import { describe, expect, it } from 'vitest';
import { PROVIDER_PROFILES, QUIRK_NAMES, quirkDef, resolveQuirks } from './index.ts';
import { profilePartB, type ProfileName } from './profiles.ts';

describe('provider profiles', () => {
  it('do not share a name with a quirk', () => {
    for (const name of Object.keys(PROVIDER_PROFILES)) expect(QUIRK_NAMES as string[]).not.toContain(name);
  });
  it('draw on the Part B entries of their quirks, every one documented', () => {
    for (const name of Object.keys(PROVIDER_PROFILES) as ProfileName[])
      expect(profilePartB(name).length, name).toBeGreaterThan(0);
    expect(profilePartB('llama-cpp')).toEqual(
      [...new Set(PROVIDER_PROFILES['llama-cpp'].quirks.flatMap((q) => quirkDef(q)!.partB))].sort((x, y) => x - y),
    );
  });
  it('expand to their quirks in a header, next to single quirks', () => {
    const r = resolveQuirks([], 'azure, no-done');
    expect(r.ok && [...r.quirks]).toEqual(['empty-first-chunk', 'bad-rate-limit-headers', 'no-done']);
  });
});
