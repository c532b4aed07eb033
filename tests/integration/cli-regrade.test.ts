// conform regrade DIR re-grades the saved transcripts: same verdicts, no request; conform mock passes through.
import { describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/run-cli.ts';

describe('conform regrade', () => {
  it('re-grades a saved run to the same verdicts without sending a request', async () => {
    const out = await mkdtemp(join(tmpdir(), 'conform-regrade-'));
    const first = await runCli(['--features', 'models,streaming', '--out', out, '--report', 'json']);
    const before = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const again = await runCli(['regrade', out, '--report', 'json']);
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(again.code).toBe(first.code);
      expect(again.stderr).toContain(
        `[conform] re-graded ${before.checks.length} checks from ${join(out, 'results.json')}; no request sent`,
      );
      expect(again.stdout).toContain(
        `[conform] no request sent: re-graded the transcripts of a run that sent ${before.requests}. Report: `,
      );
      expect(again.stdout).not.toContain('requests sent');
    } finally {
      fetchSpy.mockRestore();
    }
    const after = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    expect(after.checks).toEqual(before.checks);
    expect(after.requests).toBe(before.requests);
    expect(after.options.regradedAt).toEqual(expect.any(String));
  });
});

describe('conform mock', () => {
  it('hands its arguments to the mock server command', async () => {
    const r = await runCli(['mock', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: conform mock \[options\]/);
  });
});

describe('conform report', () => {
  it('compares saved runs into one page', async () => {
    const a = await mkdtemp(join(tmpdir(), 'conform-cmp-a-'));
    const b = await mkdtemp(join(tmpdir(), 'conform-cmp-b-'));
    const out = await mkdtemp(join(tmpdir(), 'conform-cmp-out-'));
    await runCli(['--features', 'models', '--out', a, '--report', 'json']);
    await runCli(['--features', 'models', '--exclude', 'chat', '--out', b, '--report', 'json']);
    const r = await runCli(['report', a, b, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[conform\] compared 2 runs: .*index\.html\n$/);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain('models.');
  });
});
