// Preflight settles the target and the model before any probe; --features sends no probe of another feature
// that no selected check needs.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allProbes, runConform } from '../../suites/index.ts';
import { startMockServer } from '../../mock/server/index.ts';
import { runCli } from './helpers/run-cli.ts';

describe('an unknown --model against the bundled mock', () => {
  it('is a usage error after at most 2 requests, naming the closest ids', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      await expect(runConform({ model: 'gpt-4o-minii' })).rejects.toThrow(
        /^\[conform\] unknown model "gpt-4o-minii": GET \/models does not list it and POST http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions rejected it \(404: The model `gpt-4o-minii` does not exist or you do not have access to it\.\)\. Closest listed ids: gpt-4o-mini, /,
      );
      expect(fetchSpy.mock.calls.length).toBeLessThanOrEqual(2);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('exits 2 from the CLI and writes no report', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'conform-model-')), 'report');
    const r = await runCli(['--model', 'gpt-4o-minii', '--out', out]);
    expect(r.code).toBe(2);
    expect(existsSync(join(out, 'results.json'))).toBe(false);
    expect(r.stderr).toMatch(/unknown model "gpt-4o-minii".*Closest listed ids: gpt-4o-mini/);
    expect(r.stdout).toBe('');
  });
});

describe('a --base-url without /v1', () => {
  let mock: Awaited<ReturnType<typeof startMockServer>>;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0, apiKeys: ['sk-test-key'] });
  });
  afterAll(() => mock.close());

  it('asks whether it should end in /v1 instead of asking for --model', async () => {
    const root = mock.url.replace(/\/v1$/, '');
    const r = await runCli([
      '--base-url',
      root,
      '--api-key',
      'sk-test-key',
      '--features',
      'models',
      '--report',
      'json',
      '--out',
      await mkdtemp(join(tmpdir(), 'conform-no-v1-')),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.split(root).join('ROOT')).toContain('Should --base-url end in /v1? Try --base-url ROOT/v1');
    expect(r.stderr).not.toContain('Pass --model');
  });
});

describe('--features chat,streaming,tools', () => {
  it('sends no probe of another feature, and every selected check still passes', async () => {
    const results = await runConform({ features: ['chat', 'streaming', 'tools'] });
    const feature = new Map(allProbes.map((p) => [p.id, p.feature]));
    const sent = Object.keys(results.transcripts!)
      .filter((k) => k !== 'preflight')
      .map((k) => feature.get(k.replace(/#\d+$/, '')));
    expect([...new Set(sent)].sort()).toEqual(['chat', 'streaming', 'tools']);
    expect(results.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual([]);
  });
});
