// conform cases FILE in the same machinery as a suite run: --with-suite in one results.json, JUnit, --baseline,
// regrade with no request, --model replacing the recorded model, and usage errors that say how to fix them.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startMockServer, type MockServer } from '../../mock/server/index.ts';
import type { Results } from '../../suites/engine/types.ts';
import { runCli } from './helpers/run-cli.ts';

const CASES = {
  cases: [
    {
      name: 'greeting',
      request: {
        path: '/chat/completions',
        body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello' }] },
      },
      expect: { status: 200, schema: 'should', content: { contains: 'hello' } },
    },
    {
      name: 'cut answer',
      request: {
        path: '/chat/completions',
        body: { model: 'gpt-4o-mini', max_tokens: 2, messages: [{ role: 'user', content: 'Tell me a long story' }] },
      },
      expect: { finishReason: 'stop' },
    },
  ],
};

let dir: string;
let file: string;
let server: MockServer;
const read = async (out: string) => JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conform-cli-cases-'));
  file = join(dir, 'cases.json');
  await writeFile(file, JSON.stringify(CASES));
  server = await startMockServer({ port: 0 });
});
afterAll(() => server.close());

describe('conform cases', () => {
  it('grades each case as a check of feature cases, in results.json and JUnit; a failing case fails the run', async () => {
    const out = join(dir, 'plain');
    const r = await runCli(['cases', file, '--base-url', server.url, '--out', out, '--report', 'json,junit']);
    expect(r.code).toBe(1);
    const results = await read(out);
    expect(results.checks.map((c) => [c.id, c.feature, c.status, c.message])).toEqual([
      [
        'cases.greeting',
        'cases',
        'pass',
        expect.stringMatching(/^status 200, chat-completion-response schema \(SHOULD\), content containing "hello"/),
      ],
      ['cases.cut-answer', 'cases', 'fail', 'finish_reason is "length"; expected "stop"'],
    ]);
    expect(results.requests).toBe(3); // the preflight and one request per case
    const junit = await readFile(join(out, 'junit.xml'), 'utf8');
    expect(junit).toContain('<testsuite name="cases"');
    expect(junit).toContain('finish_reason is &quot;length&quot;; expected &quot;stop&quot;');
  });

  it('takes a --baseline of expected case failures, and regrades a saved case run without a request', async () => {
    const baseline = join(dir, 'baseline.json');
    await writeFile(
      baseline,
      JSON.stringify({ expectedFailures: [{ id: 'cases.cut-answer', reason: 'max_tokens 2' }] }),
    );
    const out = join(dir, 'baselined');
    const r = await runCli([
      'cases',
      file,
      '--base-url',
      server.url,
      '--baseline',
      baseline,
      '--out',
      out,
      '--report',
      'json',
    ]);
    expect(r.code).toBe(0);
    const before = await read(out);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const again = await runCli(['regrade', out, '--report', 'json']);
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(again.code).toBe(0);
    } finally {
      fetchSpy.mockRestore();
    }
    expect((await read(out)).checks).toEqual(before.checks);
  });

  it('runs the standard checks too with --with-suite, in the same results', async () => {
    const out = join(dir, 'with-suite');
    await runCli([
      'cases',
      file,
      '--base-url',
      server.url,
      '--with-suite',
      '--features',
      'models',
      '--out',
      out,
      '--report',
      'json',
    ]);
    const features = new Set((await read(out)).checks.map((c) => c.feature));
    expect([...features]).toEqual(['cases', 'models']);
  });

  it('replaces the recorded model with --model', async () => {
    const out = join(dir, 'model');
    await runCli(['cases', file, '--base-url', server.url, '--model', 'gpt-4o', '--out', out, '--report', 'json']);
    const sent = (await read(out)).transcripts!['cases.greeting']!.exchanges[0]!.request.body!;
    expect(JSON.parse(sent).model).toBe('gpt-4o');
  });

  it('says how to fix a missing file argument or a file that fails the schema', async () => {
    expect((await runCli(['cases'])).stderr).toMatchInlineSnapshot(`
      "[conform] cases takes one cases file. Example: conform cases cases.json --base-url http://localhost:8000/v1 (record one with conform mock --record cases.json)
      "
    `);
    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({
        cases: [{ name: 'weather', request: { path: '/chat/completions' }, expect: { status: 'ok' } }],
      }),
    );
    const r = await runCli(['cases', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(dir, 'DIR')).toMatchInlineSnapshot(`
      "[conform] DIR/bad.json: case "weather" (cases[0]) at expect.status: Invalid input: expected integer | array, received string (got "ok"). Fix the file; its JSON Schema (schemas/cases.schema.json) lets an editor complete and check it.
      "
    `);
  });
});
