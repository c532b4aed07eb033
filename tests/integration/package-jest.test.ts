// The README's jest recipe, verbatim (examples/jest), in a project that installed the packed tarball with the
// README's command: ts-jest compiles to CommonJS, so the package is loaded through require() and its .d.cts types.
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { project } from './internal/package-fixture.ts';
import { run } from './internal/package-run.ts';
import { JEST } from './internal/package-setups.ts';

let dir: string;
beforeAll(async () => {
  dir = await project(JEST);
}, 600_000);

it('examples/jest passes under jest with ts-jest', async () => {
  const r = await run(process.execPath, [join(dir, 'node_modules/jest/bin/jest.js'), '--ci'], {
    cwd: dir,
    timeoutMs: 240_000,
  });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  expect(r.stderr).toMatch(/Tests:\s+2 passed, 2 total/);
  expect(r.stderr).not.toMatch(/ts-jest\[/); // no configuration warning either
}, 300_000);
