// openai-node 6 and 7 read some answers differently (reference A3/A4). This runs the same scenarios through both
// majors against the bundled mock and holds suites/checks/SDK-VERSIONS.md and every check's `breaks` text to what
// they did. openai 7 needs Node >= 22, fetched with npx; without it the test skips locally and fails in CI.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../mock/server/index.ts';
import type { QuirkName } from '../../mock/core/types.ts';
import { allChecks, runConform } from '../../suites/index.ts';
import {
  breaksApp,
  cell,
  readTable,
  sdkClaims,
  writeTable,
  type Observed,
  type Row,
} from './internal/sdk-versions-table.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = 'tests/fixtures/sdk-behaviour.mjs';
const DOC = fileURLToPath(new URL('../../suites/checks/SDK-VERSIONS.md', import.meta.url));
const NPX_NODE22 = ['-y', '-p', 'node@22', 'node'];
const NODE22_COMMAND = `npx ${NPX_NODE22.join(' ')} ${SCRIPT} <url> openai-v7`;

let server: MockServer;
let v6: Map<string, Observed>;
let v7: Map<string, Observed> | undefined;
let v7Missing = '';
const rows: Row[] = readTable(readFileSync(DOC, 'utf8'));

const parse = (stdout: string) =>
  new Map(
    stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Observed)
      .map((o) => [o.scenario, o]),
  );

async function runV7(url: string): Promise<void> {
  try {
    const { stdout } = await run('npx', [...NPX_NODE22, '--version'], { cwd: ROOT, timeout: 45_000 });
    if (!stdout.trim().startsWith('v22.')) throw new Error(`npx gave Node ${stdout.trim()}`);
  } catch (e) {
    v7Missing = `Node 22 could not be fetched (${(e as Error).message.split('\n')[0]}); openai 7 needs it. Run: ${NODE22_COMMAND}`;
    return;
  }
  v7 = parse((await run('npx', [...NPX_NODE22, SCRIPT, url, 'openai-v7'], { cwd: ROOT, timeout: 30_000 })).stdout);
}

beforeAll(async () => {
  server = await startMockServer({
    onInternalError: (e) => {
      throw e;
    },
  });
  const [six] = await Promise.all([
    run(process.execPath, [SCRIPT, server.url, 'openai'], { cwd: ROOT, timeout: 30_000 }),
    runV7(server.url),
  ]);
  v6 = parse(six.stdout);
}, 60_000);
afterAll(() => server?.close());

/** the openai 7 results, or a skip (a failure in CI, which must prove both rules) */
function need7(skip: (note: string) => never): Map<string, Observed> {
  if (v7) return v7;
  if (process.env.CI) throw new Error(`[conform] sdk-versions: ${v7Missing}`);
  return skip(v7Missing);
}

const control = (m: Map<string, Observed>) => m.get('control-stream')!.chunks;
const observedCells = (m: Map<string, Observed>) =>
  rows.map((r) => `${r.scenario}: ${cell(m.get(r.scenario)!, control(m))}`);

describe('SDK-VERSIONS.md: openai-node 6 and 7 against the same servers', () => {
  it('the table has one row per scenario the fixture runs, naming real checks', () => {
    expect(rows.map((r) => r.scenario)).toEqual([...v6.keys()]);
    const ids = new Set(allChecks.map((c) => c.id));
    expect(rows.flatMap((r) => r.checks.map((c) => c.id)).filter((id) => !ids.has(id))).toEqual([]);
    expect(control(v6)).toBeGreaterThan(1);
  });

  it('openai-node 6 column: what openai 6 did', () => {
    if (process.env.SDK_VERSIONS_WRITE && v7)
      writeFileSync(
        DOC,
        writeTable(
          readFileSync(DOC, 'utf8'),
          rows.map((r) => ({
            ...r,
            v6: cell(v6.get(r.scenario)!, control(v6)),
            v7: cell(v7!.get(r.scenario)!, control(v7!)),
          })),
        ),
      );
    expect(rows.map((r) => `${r.scenario}: ${r.v6}`)).toEqual(observedCells(v6));
  });

  it('openai-node 7 column: what openai 7 did (Node 22)', ({ skip }) => {
    const seven = need7(skip);
    expect(rows.map((r) => `${r.scenario}: ${r.v7}`)).toEqual(observedCells(seven));
  });

  it('the differences the reference documents (A3, A4)', ({ skip }) => {
    const seven = need7(skip);
    const both = (s: string) => [v6.get(s)!, seven.get(s)!];
    // [DONE]: v6 startsWith, v7 exact
    const [d6, d7] = both('done-trailing-space');
    expect([d6.ok, d7.ok, d7.errorClass]).toEqual([true, false, 'SyntaxError']);
    // event: error: v7 throws whatever the payload, v6 throws only for a truthy error key
    const [e6, e7] = both('event-error');
    expect([e6.ok, e6.chunks, e7.errorClass, e7.message]).toEqual([true, 1, 'APIError', 'The model crashed.']);
    const [k6, k7] = both('stream-error-key');
    expect([k6.errorClass, k6.status, k7.errorClass, k7.status]).toEqual(['APIError', null, 'APIError', null]);
    // a body without an error key: v6 "no body", v7 wraps it
    const [f6, f7] = both('flat-error');
    expect(f6.message).toBe('400 status code (no body)');
    expect(f7.message).toMatch(/^400 Invalid 'temperature'/);
    // retry-after over 60 s: v6 sleeps it out, v7 backs off on its own
    const [r6, r7] = both('retry-after-61s');
    expect([r6.errorClass, r6.attempts]).toEqual(['StillWaiting', 1]);
    expect([r7.errorClass, r7.attempts]).toEqual(['RateLimitError', 2]);
    // the same in both: EOF without [DONE] is silent, a plain JSON answer to stream: true yields nothing
    expect(both('no-done').map((o) => [o.ok, o.chunks])).toEqual([
      [true, control(v6)],
      [true, control(seven)],
    ]);
    expect(both('stream-as-json').map((o) => [o.ok, o.chunks])).toEqual([
      [true, 0],
      [true, 0],
    ]);
  });

  it("each check's breaks text names the majors a failure breaks", ({ skip }) => {
    const seven = need7(skip);
    const problems: string[] = [];
    const broken = new Map<string, { 6: boolean; 7: boolean }>();
    for (const r of rows) {
      const differ = r.v6 !== r.v7;
      for (const { id, mark } of r.checks) {
        const claims = sdkClaims(allChecks.find((c) => c.id === id)!.breaks ?? []);
        if (differ && !([6, 7] as const).every((m) => claims.some((c) => c.majors.length === 1 && c.majors[0] === m)))
          problems.push(
            `${id}: 6 and 7 differ on ${r.scenario}, so breaks needs an "openai-node 6: …" and an "openai-node 7: …" entry`,
          );
        if (mark !== '✗') continue;
        const b = broken.get(id) ?? { 6: false, 7: false };
        broken.set(id, {
          6: b[6] || breaksApp(id, v6.get(r.scenario)!, control(v6)),
          7: b[7] || breaksApp(id, seven.get(r.scenario)!, control(seven)),
        });
      }
    }
    for (const [id, b] of broken) {
      const claims = sdkClaims(allChecks.find((c) => c.id === id)!.breaks ?? []);
      for (const m of [6, 7] as const) {
        const about = claims.filter((c) => c.majors.includes(m));
        if (b[m] && !about.some((c) => !c.tolerated))
          problems.push(
            `${id}: a failure breaks openai-node ${m}, but breaks does not say so (${JSON.stringify(about.map((c) => c.text))})`,
          );
        if (!b[m] && (about.length === 0 || about.some((c) => !c.tolerated)))
          problems.push(
            `${id}: openai-node ${m} tolerates the failure, so breaks must say "openai-node ${m}…: tolerated" and nothing else (${JSON.stringify(about.map((c) => c.text))})`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('every ✗ check fails on the mock with that quirk on, and passes without it', async () => {
    const quirkOf: Record<string, QuirkName> = { 'retry-after-missing': 'bad-rate-limit-headers' };
    const failing = rows.filter((r) => r.checks.some((c) => c.mark === '✗'));
    const grade = (quirk: QuirkName | undefined, burst: boolean) =>
      runConform({
        features: burst ? ['rate-limits'] : ['streaming', 'errors'],
        burst,
        model: 'gpt-4o-mini',
        mock: { ...(quirk && { quirks: [quirk] }), ...(burst && { rpm: 10 }) },
      });
    const results = await Promise.all(
      failing.map((r) => grade(quirkOf[r.scenario] ?? (r.scenario as QuirkName), r.scenario in quirkOf)),
    );
    const clean = await grade(undefined, false);
    const seen = failing.flatMap((r, i) =>
      r.checks
        .filter((c) => c.mark === '✗')
        .map((c) => `${r.scenario} ${c.id}: ${results[i].checks.find((x) => x.id === c.id)?.status}`),
    );
    expect(seen.filter((s) => !/: (fail|warn)$/.test(s))).toEqual([]);
    const streamAndErrors = failing
      .flatMap((r) => r.checks)
      .filter((c) => c.mark === '✗' && !c.id.startsWith('rate-limits.'));
    expect(
      streamAndErrors
        .map((c) => `${c.id}: ${clean.checks.find((x) => x.id === c.id)?.status}`)
        .filter((s) => !s.endsWith(': pass')),
    ).toEqual([]);
  }, 30_000);
});
