// Strict TypeScript consumers of the packed package's declarations, skipLibCheck off: ESM and CommonJS under
// nodenext (one program: use.ts, use-cjs.cts and the README's vitest examples), ESM under bundler, against msw 2 + openai 6 and msw 3 + openai 7;
// and, once, without msw or the DOM lib. Each tsc run checks every declaration file it reaches, ours and the SDK's.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from './internal/package-fixture.ts';
import { SETUPS } from './internal/package-setups.ts';
import { run } from './internal/package-run.ts';

describe.each(SETUPS)('openai $openai, msw $msw', (setup) => {
  let dir: string;
  beforeAll(async () => {
    dir = await project(setup.spec);
  }, 600_000);

  // concurrently: each run is one busy core for a while, checking every declaration file it reaches
  it.concurrent.each(setup.msw === 2 ? ['nodenext', 'bundler', 'no-dom'] : ['nodenext', 'bundler'])(
    'tsc -p tsconfig.%s.json: no errors',
    async (config) => {
      const r = await run(
        process.execPath,
        [join(dir, 'node_modules/typescript/bin/tsc'), '-p', `types/tsconfig.${config}.json`],
        { cwd: dir },
      );
      expect(r.stdout + r.stderr).toBe('');
      expect(r.code).toBe(0);
    },
    240_000,
  );
});
