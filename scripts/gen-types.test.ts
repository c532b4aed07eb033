import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, generateAll } from './gen-types.ts';

describe('gen-types', () => {
  it('schemas/generated is up to date with the schema files (run npm run gen)', async () => {
    const fresh = await generateAll();
    const onDisk = (await readdir(GENERATED_DIR)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
    expect(onDisk.sort()).toEqual([...fresh.keys()].sort());
    for (const [name, content] of fresh) {
      const file = await readFile(`${GENERATED_DIR}${name}.ts`, 'utf8');
      expect(file, `schemas/generated/${name}.ts is stale: run npm run gen`).toBe(content);
    }
  });

  it('is deterministic and marks every file as generated', async () => {
    const [a, b] = [await generateAll(), await generateAll()];
    expect([...a.entries()]).toEqual([...b.entries()]);
    for (const content of a.values())
      expect(content.split('\n')[0]).toMatch(/^\/\/ generated — do not edit; run npm run gen/);
  });
});
