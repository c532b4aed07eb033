// Exit 0 when nothing failed, 1 when a check failed / was untestable / errored (baseline aside), 2 for usage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Results } from '../../suites/index.ts';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-servers.ts';
import { runCli } from './helpers/run-cli.ts';

let broken: HostileServer;
let dir: string;
beforeAll(async () => {
  broken = await startHostileServer('flaky-models'); // lists models, answers 500 to everything else
  dir = await mkdtemp(join(tmpdir(), 'conform-exit-'));
});
afterAll(() => broken.close());

const resultsIn = async (out: string) => JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
const failing = (r: Results) =>
  r.checks.filter((c) => ['fail', 'untestable', 'error'].includes(c.status)).map((c) => c.id);

describe('exit codes', () => {
  it('exits 1 when checks fail, writes results.json and says how many requests it made', async () => {
    const out = join(dir, 'broken');
    const r = await runCli([
      '--base-url',
      broken.url,
      '--features',
      'chat',
      '--timeout',
      '3000',
      '--out',
      out,
      '--report',
      'json',
    ]);
    expect(r.code).toBe(1);
    const results = await resultsIn(out);
    expect(failing(results).length).toBeGreaterThan(0);
    expect(r.stdout).toContain(
      `[conform] ${results.requests} requests sent (planned ${results.plannedRequests}). Report: `,
    );
  });

  it('exits 0 when every failure is expected by the baseline, and marks them baselined', async () => {
    const first = await resultsIn(join(dir, 'broken'));
    const baseline = join(dir, 'baseline.json');
    await writeFile(
      baseline,
      JSON.stringify({ expectedFailures: failing(first).map((id) => ({ id, reason: 'server answers 500' })) }),
    );
    const out = join(dir, 'baselined');
    const r = await runCli([
      '--base-url',
      broken.url,
      '--features',
      'chat',
      '--timeout',
      '3000',
      '--out',
      out,
      '--report',
      'json',
      '--baseline',
      baseline,
    ]);
    expect(r.code).toBe(0);
    const results = await resultsIn(out);
    expect(results.summary.baselined).toBe(failing(first).length);
  });

  it('exits 1 for a stale baseline entry: a listed check that now passes', async () => {
    const first = await resultsIn(join(dir, 'broken'));
    const out = join(dir, 'mock');
    const ok = await runCli(['--features', 'models', '--out', out, '--report', 'json']);
    const passing = (await resultsIn(out)).checks.find((c) => c.status === 'pass')!;
    const baseline = join(dir, 'stale.json');
    await writeFile(baseline, JSON.stringify({ expectedFailures: [passing.id, ...failing(first)] }));
    const r = await runCli([
      '--features',
      'models',
      '--out',
      join(dir, 'stale'),
      '--report',
      'json',
      '--baseline',
      baseline,
    ]);
    expect(ok.code).toBe(0);
    expect(r.code).toBe(1);
    const stale = (await resultsIn(join(dir, 'stale'))).checks.find((c) => c.id === passing.id)!;
    expect(stale.status).toBe('fail');
    expect(stale.message).toBe(`stale baseline entry: ${passing.id} now passes; remove it from ${baseline}`);
  });

  it('exits 2 for a baseline naming a check that does not exist, before any request', async () => {
    const baseline = join(dir, 'unknown.json');
    await writeFile(baseline, JSON.stringify({ expectedFailures: ['chat.no-such-check'] }));
    const before = broken.hits();
    const r = await runCli(['--base-url', broken.url, '--baseline', baseline, '--out', join(dir, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(dir, 'DIR')).toMatchInlineSnapshot(`
      "[conform] DIR/unknown.json lists checks that do not exist: chat.no-such-check. Remove them (see results.json for the current check ids).
      "
    `);
    expect(broken.hits()).toBe(before);
  });

  it('skips unclaimed features and fails a claimed feature the target does not support', async () => {
    const claims = join(dir, 'claims.json');
    await writeFile(claims, JSON.stringify({ features: ['models'] }));
    const out = join(dir, 'claims');
    const r = await runCli(['--features', 'models,chat', '--claims', claims, '--out', out, '--report', 'json']);
    const results = await resultsIn(out);
    const chat = results.checks.filter((c) => c.feature === 'chat');
    expect(chat.length).toBeGreaterThan(0);
    expect(chat.every((c) => c.status === 'skip' && c.message === `feature "chat" not claimed in ${claims}`)).toBe(
      true,
    );
    expect(results.transcripts!['chat.basic']).toBeUndefined(); // unclaimed probes are not sent
    expect(r.code).toBe(0);
  });
});
