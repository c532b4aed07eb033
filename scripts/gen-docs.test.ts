import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateDocs, regenerate } from './gen-docs.ts';

describe('gen-docs', () => {
  it('the generated tables are up to date with the code (run npm run gen)', async () => {
    for (const [file, content] of await generateDocs()) {
      expect(await readFile(new URL(`../${file}`, import.meta.url), 'utf8'), `${file} is stale: run npm run gen`).toBe(
        content,
      );
    }
  });

  it('replaces only what is between the markers, and says how to fix missing markers', () => {
    const text = 'before\n<!-- generated: t (npm run gen) -->\nold\n<!-- end: t -->\nafter';
    expect(regenerate(text, { t: () => 'new' }, 'x.md')).toBe(
      'before\n<!-- generated: t (npm run gen) -->\nnew\n<!-- end: t -->\nafter',
    );
    expect(() => regenerate('no markers', { t: () => 'new' }, 'x.md')).toThrowErrorMatchingInlineSnapshot(
      `[Error: [conform] x.md has no "<!-- generated: t (npm run gen) -->" … "<!-- end: t -->" markers]`,
    );
  });
});
