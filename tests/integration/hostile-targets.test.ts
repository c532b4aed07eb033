// Against servers that hang, answer HTML, reset, stream forever or send 300 MB, a run ends within its
// deadlines with error verdicts and a results.json, holding at most the size cap in memory.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { regrade, runConform } from '../../suites/index.ts';
import { fakeCheck, fakeSuite } from '../../suites/checks/internal/fixtures.ts';
import { startHostileServer, type HostileKind, type HostileServer } from '../fixtures/hostile-servers.ts';

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function gradeHostile(kind: HostileKind, extra: Parameters<typeof runConform>[0] = {}) {
  server = await startHostileServer(kind);
  const outDir = await mkdtemp(join(tmpdir(), `conform-${kind}-`));
  const results = await runConform({
    baseUrl: server.url,
    apiKey: 'sk-hostile-test-key',
    timeoutMs: 500,
    ...fakeSuite(),
    outDir,
    ...extra,
  });
  const saved = JSON.parse(await readFile(join(outDir, 'results.json'), 'utf8'));
  return { results, saved };
}

describe('hostile targets', () => {
  it('a server that never answers: preflight times out, every check errors with that reason', async () => {
    const { results, saved } = await gradeHostile('hang');
    expect(results.requests).toBe(1);
    expect(results.checks.map((c) => c.status)).toEqual(['error', 'error', 'error']);
    expect(results.checks[0].message.replace(server!.url, 'URL')).toMatchInlineSnapshot(
      `"probe fake.json failed: not run, the preflight failed: [conform] target unreachable: GET URL/models timed out: no response within 500 ms. Check --base-url and that the server is up."`,
    );
    expect(saved.summary.error).toBe(3);
  });

  it('an HTML 502 page: noticed at preflight, named as HTML', async () => {
    const { results } = await gradeHostile('html-502');
    expect(results.requests).toBe(1);
    expect(results.checks[0].message.replace(server!.url, 'URL')).toMatchInlineSnapshot(
      `"probe fake.json failed: not run, the preflight failed: [conform] the target answered HTML, not the API: GET URL/models gave 502 text/html. Check --base-url (it usually ends in /v1)."`,
    );
  });

  it('a server that hangs up before answering: a connection error that says so, not "unreachable"', async () => {
    const { results } = await gradeHostile('reset');
    expect(results.checks.every((c) => c.status === 'error')).toBe(true);
    expect(results.transcripts!.preflight.exchanges[0].error?.kind).toBe('connection');
    expect(results.checks[0].message.replace(server!.url, 'URL')).toMatchInlineSnapshot(
      `"probe fake.json failed: not run, the preflight failed: [conform] the target hung up: GET URL/models the server closed the connection without answering (UND_ERR_SOCKET). Check that --base-url names the API's port, and the server's log."`,
    );
  });

  it('a stream that never ends: cut at the frame cap as "endless"', async () => {
    const { results } = await gradeHostile('endless-stream', { limits: { maxFrames: 50, streamTotalMs: 3000 } });
    const stream = results.transcripts!['fake.stream'].exchanges[0];
    expect(stream.error?.kind).toBe('endless');
    expect(stream.response?.frames?.length).toBeLessThanOrEqual(51);
    expect(results.checks.find((c) => c.id === 'fake.stream.answers')?.status).toBe('fail');
  });

  it('a 300 MB body: reading stops at the cap, memory stays bounded', async () => {
    const before = process.memoryUsage().rss;
    const { results } = await gradeHostile('huge-body', { timeoutMs: 20_000 });
    const grown = process.memoryUsage().rss - before;
    const json = results.transcripts!['fake.json'].exchanges[0];
    expect(json.error?.kind).toBe('too-large');
    expect(json.response?.body.length).toBeLessThanOrEqual(256 * 1024);
    expect(json.response?.truncated).toBe(true);
    expect(results.transcripts!['fake.sdk'].sdk[0].error?.class).toBe('APIConnectionError');
    expect(grown).toBeLessThan(150 * 1024 * 1024);
  });

  it('a 6 MB model list: graded whole, stored in part, and a regrade says so instead of failing it', async () => {
    server = await startHostileServer('huge-models');
    const outDir = await mkdtemp(join(tmpdir(), 'conform-huge-models-'));
    const results = await runConform({
      baseUrl: server.url,
      apiKey: 'sk-hostile-test-key',
      features: ['models'],
      outDir,
    });
    expect(results.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    const saved = JSON.parse(await readFile(join(outDir, 'results.json'), 'utf8'));
    const list = saved.transcripts['models.basic'].exchanges.find(
      (e: { label: string }) => e.label === 'list',
    ).response;
    expect(list.body.length).toBe(256 * 1024);
    expect(list.stored).toEqual({ kept: 256 * 1024, of: list.bodyBytes });
    expect(list.truncated).toBe(true);
    const again = regrade(saved);
    const changed = again.checks.filter((c) => c.status !== 'pass');
    expect(changed.length).toBeGreaterThan(0);
    expect(
      changed.every(
        (c) =>
          c.status === 'inconclusive' &&
          c.message.startsWith(
            're-graded from a saved run that keeps only part of a body (probe models.basic, exchange "list"',
          ),
      ),
    ).toBe(true);
  });

  it('a target that goes silent after the preflight: after 4 silent requests in a row the rest are not sent', async () => {
    server = await startHostileServer('hang-after-models');
    const { probes } = fakeSuite();
    const many = Array.from({ length: 10 }, (_, i) => ({ ...probes[0], id: `silent.p${i}` }));
    const checks = many.map((p) => fakeCheck(`silent.c${p.id.slice(-1)}`, { status: 'pass' }, { probes: [p.id] }));
    const results = await runConform({ baseUrl: server.url, timeoutMs: 300, concurrency: 1, probes: many, checks });
    expect(server.hits()).toBe(5);
    expect(results.requests).toBe(5);
    expect(results.checks.at(-1)!.message).toMatchInlineSnapshot(
      `"probe silent.p9 failed: [conform] target stopped answering: 4 requests in a row failed (last: timed out: no response within 300 ms); the remaining requests were not sent."`,
    );
  });

  it('SDK retries against 500s are drawn from the probe allowance, never past the budget', async () => {
    server = await startHostileServer('flaky-models');
    const suite = fakeSuite();
    const probe = {
      ...suite.probes[2],
      run: async (io: Parameters<(typeof suite.probes)[2]['run']>[0]) =>
        void (await io.sdk('create', (c) => c.models.retrieve('x'), { maxRetries: 2 })),
    };
    const results = await runConform({
      baseUrl: server.url,
      timeoutMs: 2000,
      probes: [probe],
      checks: [suite.checks[2]],
    });
    expect(results.requests).toBe(2); // preflight + the one request cost() declared; the SDK's retries were refused
    expect(server.hits()).toBe(2);
    expect(results.checks[0]).toMatchObject({ status: 'error' });
    expect(results.checks[0].message).toMatchInlineSnapshot(
      `"probe fake.sdk failed: [conform] probe fake.sdk tried to send request 2 but its cost() declared 1. Fix cost() in the probe so the budget stays exact."`,
    );
  });
});
