// conform perf from the command line: usage errors exit 2 before any request with the fix in the message; a run
// against the bundled mock writes perf.json (valid against its schema), the page, JUnit per SLO and the job
// summary, and exits 1 when an SLO is broken.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../schemas/validate.ts';
import { runCli } from './helpers/run-cli.ts';

const usage = async (...argv: string[]) => {
  const r = await runCli(['perf', ...argv]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  return r.stderr.trim();
};

describe('conform perf usage errors', () => {
  it('says what is wrong with a flag and how to write it', async () => {
    expect(await usage('--concurrency', '1,x')).toMatchInlineSnapshot(
      `"[conform] --concurrency takes positive integers separated by commas, got "1,x". Example: --concurrency 1,4,16"`,
    );
    expect(await usage('--rate', '0')).toMatchInlineSnapshot(
      `"[conform] --rate takes positive numbers separated by commas, got "0". Example: --rate 0.5,2,8"`,
    );
    expect(await usage('--idle', 'soon')).toMatchInlineSnapshot(
      `"[conform] --idle takes durations like 500ms, 30s or 2m, got "soon". Example: --idle 30s,2m"`,
    );
    expect(await usage('--price', 'cheap')).toMatchInlineSnapshot(
      `"[conform] --price must be NAME=USD or NAME=in:USD,out:USD, got "cheap". Example: --price flat=0.002 --price tokens=in:0.15,out:0.60,cached:0.075"`,
    );
    expect(await usage('--slo', 'p99=1s')).toMatchInlineSnapshot(
      `"[conform] --slo: unknown objective "p99". Objectives are errors=N% and METRIC-STAT=DURATION with METRIC one of ttft, e2e, tpot, itl, queue and STAT one of p50, p90, p99, max, mean. Example: --slo ttft-p99=800ms,e2e-p99=5s,errors=1%"`,
    );
    expect(await usage('--profile', 'fastest')).toMatchInlineSnapshot(
      `"[conform] perf: --profile must be one of demo, reference, hosted, serverless, got "fastest". Example: --profile reference"`,
    );
    expect(await usage('--api', 'embeddings')).toMatchInlineSnapshot(
      `"[conform] perf: --api takes chat or responses, got "embeddings". Example: --api responses (streams POST /v1/responses)"`,
    );
    expect(await usage('--max-in-flight', '0')).toMatchInlineSnapshot(
      `"[conform] --max-in-flight must be a positive integer, got "0". Example: --max-in-flight 1000"`,
    );
    expect(await usage('--report', 'json')).toMatchInlineSnapshot(
      `"[conform] perf: --report takes html, junit, got "json". Example: --report html,junit"`,
    );
    expect(await usage('--requets', '5')).toMatchInlineSnapshot(
      `"[conform] perf: unknown option "--requets". Run conform perf --help for the list."`,
    );
    expect(await usage('--prompts', '/nonexistent/prompts.jsonl')).toMatchInlineSnapshot(
      `"[conform] --prompts /nonexistent/prompts.jsonl: cannot read it (ENOENT). Pass a JSONL file of chat requests, e.g. the mock's GET /_conform/journal saved to a file."`,
    );
  });

  it('has its own help', async () => {
    const r = await runCli(['perf', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('conform perf — latency at your concurrency and cost under your prompt distribution');
    expect(r.stdout).toContain('--slo LIST');
  });
});

describe('conform perf against the bundled mock', () => {
  it('writes perf.json, the page, one JUnit case per SLO and the job summary; a broken SLO exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conform-perf-cli-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const prompts = join(dir, 'journal.json');
    // the mock's journal export as saved from GET /_conform/journal
    writeFileSync(
      prompts,
      JSON.stringify({
        entries: [
          {
            path: '/v1/chat/completions',
            body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'one' }], max_tokens: 8 },
          },
          {
            path: '/v1/chat/completions',
            body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'two' }], max_tokens: 8 },
          },
        ],
        page: { offset: 0, limit: 100, more: false },
        dropped: 0,
      }),
    );
    const out = join(dir, 'out');
    const r = await runCli(
      [
        'perf',
        '--concurrency',
        '2',
        '--requests',
        '4',
        '--warmup',
        '1',
        '--idle',
        '10ms',
        '--prompts',
        prompts,
        '--slo',
        'ttft-p99=1ms,errors=1%',
        '--goodput',
        'ttft:60s,e2e:60s',
        '--out',
        out,
      ],
      { GITHUB_STEP_SUMMARY: summary },
    );
    expect(r.stderr).toContain('[conform] perf: planned 9 requests over c2');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('c2     2 in flight');
    expect(r.stdout).toMatch(/✘ ttft-p99=1ms: broken at c2: \d+ ms > 1 ms/);
    const perf = JSON.parse(readFileSync(join(out, 'perf.json'), 'utf8'));
    expect(validate('perf', perf).must).toEqual([]);
    expect(perf.workload).toMatchObject({ source: 'file', items: 2 });
    expect(perf.requests).toMatchObject({ planned: 9, sent: 9 });
    expect(perf.levels[0].goodput).toEqual({ good: 4, share: 1, perSecond: perf.levels[0].requestsPerSecond });
    expect(r.stdout).toContain('Goodput:\n  c2: ');
    expect(r.stdout).toContain('(4 of 4, 100.0%) — ttft ≤ 60000 ms, e2e ≤ 60000 ms');
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).toContain('tests="2" failures="1"');
    expect(junit.match(/<testcase /g)).toHaveLength(2);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<section id="perf"');
    expect(readFileSync(summary, 'utf8')).toContain('## conform perf: bundled mock \\(demo profile\\) — ❌ SLO broken');
    // conform report takes the perf run directory as it takes a conformance run's
    const cmp = await runCli(['report', out, '--out', join(dir, 'cmp')]);
    expect(cmp.code).toBe(0);
    expect(cmp.stdout).toContain('[conform] compared 0 runs and 1 perf runs');
    expect(readFileSync(join(dir, 'cmp', 'index.html'), 'utf8')).toContain('<section id="perf-compare"');
  }, 30_000);

  it("into a conformance run of the same target: one page with both, the checks' files kept; another target is refused", async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'conform-perf-joint-')), 'run');
    const checks = await runCli(['--features', 'models', '--out', out, '--report', 'html,junit']);
    expect(checks.code).toBe(0);
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');

    const other = await runCli(['perf', '--base-url', 'http://127.0.0.1:9/v1', '--model', 'm', '--out', out]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(
      `holds a conformance run of ${JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).target.baseUrl}; this perf run measures http://127.0.0.1:9/v1. Pass another --out, or the same --base-url.`,
    );

    const args = ['--concurrency', '1', '--requests', '3', '--warmup', '1', '--idle', '10ms', '--out', out];
    const r = await runCli(['perf', ...args, '--slo', 'errors=1%', '--report', 'html,junit']);
    expect(r.code).toBe(0);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).toContain('<h1>Conformance report');
    expect(page).toContain('<section id="perf"');
    expect(page).toContain('the full data is in results.json and perf.json');
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toBe(junit);
    expect(readFileSync(join(out, 'perf-junit.xml'), 'utf8')).toContain('errors=1%');

    // a re-grade re-draws the page with the perf run still on it
    expect((await runCli(['regrade', out])).code).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<section id="perf"');
  }, 60_000);
});
