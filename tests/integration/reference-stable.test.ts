// The reference grades itself clean, every time: the whole default run, 20 times in a row, against the bundled mock
// (in-process, as `npx conform` starts it) and against a standalone `conform mock` process, as another language's
// tests would use it. Nothing may warn, be inconclusive or fail; only the opt-in burst checks are skipped.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConform, type Results } from '../../suites/index.ts';
import { OPT_IN_SKIPS } from './quirks-table.ts';

const RUNS = 20;
const BIN = fileURLToPath(new URL('../../cli/conform.js', import.meta.url));

/** every check that did not pass, but the opt-in skips */
const notClean = (r: Results): string[] =>
  r.checks
    .filter((c) => c.status !== 'pass' && !(c.status === 'skip' && OPT_IN_SKIPS.includes(c.id)))
    .map((c) => `${c.id} ${c.status}: ${c.message}`);

async function runsAgainst(baseUrl: string | undefined): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const r = await runConform(baseUrl ? { baseUrl, apiKey: 'sk-conform-stable' } : {});
    seen.push(...notClean(r).map((line) => `run ${i}: ${line}`));
  }
  return seen;
}

describe(`the reference mock, ${RUNS} default runs in a row`, () => {
  let child: ChildProcess;
  let url = '';

  beforeAll(async () => {
    child = spawn(process.execPath, [BIN, 'mock', '--port', '0', '--api-key', 'sk-conform-stable'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.setEncoding('utf8');
    // keep reading to the end: a closed pipe would kill the server on its next line (EPIPE)
    url = await new Promise<string>((resolve) => {
      child.stdout!.on('data', (chunk: string) => {
        out += chunk;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', () => resolve(''));
    });
    expect(url, `conform mock did not start: ${out}`).not.toBe('');
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('in-process (npx conform with no arguments): every check passes, every time', async () => {
    expect(await runsAgainst(undefined)).toEqual([]);
  }, 240_000);

  it('standalone (conform mock): every check passes, every time', async () => {
    expect(await runsAgainst(url)).toEqual([]);
  }, 240_000);
});
