// The README's vitest examples, verbatim, in projects that installed the packed tarball: MSW with msw 2 + openai 6
// on Node 20 and msw 3 + openai 7 on Node 22 (the app's msw, not a copy of ours), the createMockFetch path, and
// the captured-fetch trap stopped before anything leaves the process.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from './internal/package-fixture.ts';
import { SETUPS } from './internal/package-setups.ts';
import { nodeBinary, run } from './internal/package-run.ts';

describe.each(SETUPS)('Node $node, openai $openai, msw $msw', (setup) => {
  let dir: string;
  let node: string;
  const vitest = (folder: string) =>
    run(node, [join(dir, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', folder], { cwd: dir });

  beforeAll(async () => {
    [dir, node] = await Promise.all([project(setup.spec), nodeBinary(setup.node)]);
  }, 600_000);

  it("installs the majors it names, msw once (the app's)", async () => {
    const version = async (path: string) =>
      JSON.parse(await readFile(join(dir, path, 'package.json'), 'utf8')).version as string;
    expect([
      (await version('node_modules/openai')).split('.')[0],
      (await version('node_modules/msw')).split('.')[0],
    ]).toEqual([String(setup.openai), String(setup.msw)]);
    await expect(
      readFile(join(dir, 'node_modules/openai-conform/node_modules/msw/package.json')),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('examples/vitest-msw passes', async () => {
    const r = await vitest('msw-example');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Tests\s+2 passed/);
  }, 120_000);

  it('examples/vitest-fetch passes', async () => {
    const r = await vitest('fetch-example');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Tests\s+2 passed/);
  }, 120_000);

  it('a module-level client created before listen() is stopped, with the fix in the message', async () => {
    const r = await vitest('leak');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Tests\s+2 passed/);
    expect(r.stderr).toMatch(
      /\[CONFORM_MSW_BYPASS\] Warning: \[conform\] a connection to 127\.0\.0\.1:\d+ bypassed MSW/,
    );
  }, 120_000);
});
