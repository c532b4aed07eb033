import { describe, expect, it } from 'vitest';
import { allChecks, allProbes } from './checks/index.ts';
import { FEATURES, isFeatureTag } from './features.ts';

describe('feature registry', () => {
  it('knows every tag a check or probe uses', () => {
    const unknown = [...allChecks, ...allProbes]
      .filter((x) => !isFeatureTag(x.feature))
      .map((x) => `${x.id}: ${x.feature}`);
    expect(unknown, `unknown feature tags (add them to suites/features.ts): ${unknown.join(', ')}`).toEqual([]);
  });

  it('rejects a tag that is not registered', () => {
    expect(isFeatureTag('chat')).toBe(true);
    expect(isFeatureTag('toString')).toBe(false);
    expect(isFeatureTag('vision')).toBe(false);
  });

  it('has a description for every tag', () => {
    for (const [tag, text] of Object.entries(FEATURES)) expect(text.length, tag).toBeGreaterThan(5);
  });
});

describe('check and probe ids', () => {
  it('are unique, kebab-case, and prefixed by their feature', () => {
    for (const list of [allChecks, allProbes]) {
      const ids = list.map((x) => x.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        'duplicate ids',
      ).toEqual([]);
      for (const x of list) {
        expect(x.id, `${x.id} must be <feature>.<kebab-name>`).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
        expect(x.id.startsWith(`${x.feature}.`), `${x.id} must start with "${x.feature}."`).toBe(true);
      }
    }
  });

  it('name only probes that exist', () => {
    const probeIds = new Set(allProbes.map((p) => p.id));
    const dangling = allChecks.flatMap((c) => c.probes.filter((p) => !probeIds.has(p)).map((p) => `${c.id} → ${p}`));
    expect(dangling).toEqual([]);
  });

  it('cover every feature with at least one check', () => {
    const covered = new Set(allChecks.map((c) => c.feature));
    // `cases` checks come from the user's file (suites/cases), not the registry
    expect(Object.keys(FEATURES).filter((f) => f !== 'cases' && !covered.has(f as never))).toEqual([]);
  });
});
