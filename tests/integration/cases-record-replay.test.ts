// Issue 15's loop end to end: the example app's tests (examples/cases-app, real openai SDK calls) run against the
// mock with recording on; the recorded file validates against schemas/cases.schema.json; `conform cases` replays
// it against the mock (all pass) and against the mock with a provider profile (only the cases its quirks break fail).
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import OpenAI from 'openai';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../schemas/validate.ts';
import { parseCases } from '../../suites/cases/index.ts';
import { startMockServer } from '../../mock/server/index.ts';
import { runMockCommand } from '../../mock/server/cli.ts';
import type { Results } from '../../suites/engine/types.ts';
import { runCli } from './helpers/run-cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/cases-app');
const BIN = join(ROOT, 'cli/conform.js');

let dir: string;
let recorded: string;

/** the example's own tests, in a vitest of their own, with the package name pointing at the sources */
async function recordExample(file: string): Promise<void> {
  const config = join(dir, 'vitest.config.mjs');
  await writeFile(
    config,
    `export default ${JSON.stringify({
      root: EXAMPLE,
      resolve: { alias: { 'openai-conform/mock': join(ROOT, 'mock/index.ts') } },
      test: { include: ['test/**/*.test.ts'] },
    })};\n`,
  );
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', config],
    {
      cwd: EXAMPLE,
      env: { ...process.env, CONFORM_RECORD: file, CI: '1' },
    },
  );
}

async function replay(quirks: string[]): Promise<{ code: number; results: Results; stdout: string }> {
  const server = await startMockServer({ port: 0, quirks: quirks as never });
  const out = await mkdtemp(join(dir, `replay-${quirks.join('-') || 'plain'}-`));
  try {
    const r = await runCli(['cases', recorded, '--base-url', server.url, '--out', out, '--report', 'json', '--quiet']);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
    return { code: r.code, results, stdout: r.stdout };
  } finally {
    await server.close();
  }
}

const verdicts = (r: Results) => Object.fromEntries(r.checks.map((c) => [c.id, c.status]));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conform-cases-'));
  recorded = join(dir, 'cases.json');
  await recordExample(recorded);
}, 120_000);

describe('recorded from the example app', () => {
  it('is a valid cases document with one case per distinct request, ready to edit', async () => {
    const doc = JSON.parse(await readFile(recorded, 'utf8'));
    expect(validate('cases', doc)).toEqual({ ok: true, must: [], should: [] });
    expect(() => parseCases(doc, recorded)).not.toThrow();
    expect(doc.cases.map((c: { name: string; expect: unknown }) => [c.name, c.expect])).toMatchSnapshot();
    expect(await readFile(recorded, 'utf8')).not.toContain('sk-test'); // the app's key is never recorded
  });
});

describe('conform cases replays it', () => {
  it('against the mock: every case passes', async () => {
    const { code, results } = await replay([]);
    expect(verdicts(results)).toEqual({
      'cases.chat-write-to-ada-lovelace-at-ada-example-com': 'pass',
      'cases.chat-what-is-the-weather-in-paris': 'pass',
      'cases.chat-what-is-the-weather-in-paris-after-the-tool-result': 'pass',
      'cases.chat-stream-why-is-the-sky-blue-explain-it-twice': 'pass',
      'cases.embeddings-red-apple-green-pear': 'pass',
    });
    expect(code).toBe(0);
  });

  it('against a TGI-like mock: the stop sequence case fails, the rest pass', async () => {
    const { code, results } = await replay(['tgi']);
    const failed = results.checks.filter((c) => c.status !== 'pass');
    expect(failed.map((c) => [c.id, c.status, c.message])).toMatchSnapshot();
    expect(results.checks.length - failed.length).toBe(4);
    expect(code).toBe(1);
  });

  it('against a Gemini-like mock: the tool call case fails, the rest pass', async () => {
    const { code, results } = await replay(['gemini-compat']);
    const failed = results.checks.filter((c) => c.status !== 'pass');
    expect(failed.map((c) => [c.id, c.status, c.message])).toMatchSnapshot();
    expect(code).toBe(1);
  });
});

describe('conform mock --record FILE', () => {
  it('writes the cases of the traffic it saw when it stops', async () => {
    const file = join(dir, 'server-cases.json');
    const stop = new AbortController();
    const lines: string[] = [];
    let url = '';
    const listening = new Promise<void>((resolve) => {
      void runMockCommand(['--port', '0', '--record', file], {
        out: (l) => lines.push(l),
        err: (l) => lines.push(l),
        signal: stop.signal,
        onListening: (u) => {
          url = u;
          resolve();
        },
      }).then((code) => lines.push(`exit ${code}`));
    });
    await listening;
    const client = new OpenAI({ apiKey: 'sk-recorded-secret-123456', baseURL: url, maxRetries: 0 });
    await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi there' }] });
    await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi there' }] });
    stop.abort();
    await expect.poll(() => lines.at(-1)).toBe('exit 0');
    expect(lines.at(-2)).toBe(
      `[conform] recorded 1 cases to ${file}; replay them with: conform cases ${file} --base-url URL`,
    );
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('sk-recorded-secret');
    expect(JSON.parse(text).cases).toHaveLength(1);
  });

  it('keeps what it saw when killed: the file is rewritten whole each second the traffic grew', async () => {
    const file = join(dir, 'killed-cases.json');
    const child = spawn(process.execPath, [BIN, 'mock', '--port', '0', '--record', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.setEncoding('utf8');
    const url = await new Promise<string>((resolve) => {
      child.stdout!.on('data', (chunk: string) => {
        out += chunk;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => resolve(''));
    });
    expect(url, `conform mock did not start: ${out}`).not.toBe('');
    const client = new OpenAI({ apiKey: 'sk-killed-secret-123456', baseURL: url, maxRetries: 0 });
    await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Kept?' }] });
    const cases = async () => {
      try {
        return JSON.parse(await readFile(file, 'utf8')).cases.length as number;
      } catch {
        return -1; // not yet
      }
    };
    await expect.poll(cases, { timeout: 5000, interval: 100 }).toBe(1);
    child.kill('SIGKILL'); // no clean stop: no last write
    await once(child, 'exit');
    expect(await cases()).toBe(1);
    expect(await readFile(file, 'utf8')).not.toContain('sk-killed-secret');
    expect((await readdir(dir)).filter((f) => f.includes('killed-cases.json.'))).toEqual([]); // no temp file left
  }, 30_000);

  it('refuses a file it cannot write before listening', async () => {
    const lines: string[] = [];
    const code = await runMockCommand(['--port', '0', '--record', join(dir, 'missing/dir/cases.json')], {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
    });
    expect(code).toBe(2);
    expect(lines).toEqual([
      `[conform] mock: cannot write --record ${join(dir, 'missing/dir/cases.json')}: ENOENT. Check that its folder exists and is writable.`,
    ]);
  });
});
