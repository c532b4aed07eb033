// The real bin (node cli/conform.js, through tsx): `npx conform` with no arguments grades the bundled mock.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validate } from '../../schemas/index.ts';

const run = promisify(execFile);
const BIN = new URL('../../cli/conform.js', import.meta.url).pathname;

async function conform(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    CI: 'true',
    OPENAI_BASE_URL: '',
    OPENAI_API_KEY: '',
    GITHUB_ACTIONS: '',
    GITHUB_STEP_SUMMARY: '',
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('the conform bin', () => {
  it('prints its version', async () => {
    expect((await conform(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('with no target, grades the bundled mock, passes, and writes every report', async () => {
    const out = await mkdtemp(join(tmpdir(), 'conform-bin-'));
    const r = await conform(['--out', out]);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    const bad = results.checks.filter((c: { status: string }) => ['fail', 'error', 'untestable'].includes(c.status));
    expect(bad.map((c: { id: string; message: string }) => `${c.id}: ${c.message}`)).toEqual([]);
    expect(r.code).toBe(0);
    expect(results.target.label).toBe('bundled mock');
    expect(validate('results', results).must).toEqual([]);
    expect(r.stdout).toMatch(/\[conform\] \d+ requests sent \(planned \d+\)\. Report: /);
    expect(r.stderr).toMatch(/^\[conform\] planned \d+ requests/m);
    await readFile(join(out, 'junit.xml'), 'utf8');
    await readFile(join(out, 'index.html'), 'utf8');
  });
});
