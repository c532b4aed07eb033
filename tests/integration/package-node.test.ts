// The packed package in plain Node 20, 22 and 24, with nothing installed but the tarball: every export loads
// through import and require and works; the MSW entry alone needs msw (an optional peer, absent here).
import { copyFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from './internal/package-fixture.ts';
import { nodeBinary, run } from './internal/package-run.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/package/', import.meta.url));
const MAJORS = [20, 22, 24] as const;
let dir: string;
const node = new Map<number, string>();

beforeAll(async () => {
  const [made, ...binaries] = await Promise.all([
    project({ name: 'plain-node', packages: [] }),
    ...MAJORS.map(nodeBinary),
  ]);
  dir = made;
  MAJORS.forEach((m, i) => node.set(m, binaries[i]));
  // beside node_modules: a bare import resolves from the importing file, not from the working directory
  for (const f of ['use-esm.mjs', 'use-cjs.cjs']) await copyFile(join(FIXTURES, f), join(dir, f));
}, 600_000);

it('installs no build tool, test tool or msw with it', async () => {
  const installed = await readdir(join(dir, 'node_modules'));
  expect(
    installed.filter((name) => ['tsx', 'esbuild', '@esbuild', 'msw', 'graphql', 'vitest', 'typescript'].includes(name)),
  ).toEqual([]);
  expect(installed).toEqual(expect.arrayContaining(['openai-conform', 'openai', 'zod', 'fast-check']));
});

describe.each(MAJORS)('Node %i', (major) => {
  const expected = { models: 200, chat: 'chat.completion', valid: true, schemas: true, checks: true, crossEntry: true };

  it('import: every export', { timeout: 90_000 }, async () => {
    const r = await run(node.get(major)!, ['use-esm.mjs'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ ...expected, mswWithoutMsw: 'ERR_MODULE_NOT_FOUND' });
  });

  it('require: every export', { timeout: 90_000 }, async () => {
    const r = await run(node.get(major)!, ['use-cjs.cjs'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ ...expected, mswWithoutMsw: 'MODULE_NOT_FOUND' });
  });
});
