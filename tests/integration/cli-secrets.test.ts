// The API key never appears in any output: stdout, stderr, results.json, HTML, JUnit, the job summary —
// not even when the target echoes it back in headers, bodies and error messages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostileServer, type HostileServer } from '../fixtures/hostile-servers.ts';
import { runCli } from './helpers/run-cli.ts';

const KEY = 'sk-conform-TEST-secret-4f9a2b7c1d';
const HEADER_SECRET = 'hdr-secret-77aa19';

let echo: HostileServer;
let dir: string;
beforeAll(async () => {
  echo = await startHostileServer('echo-key');
  dir = await mkdtemp(join(tmpdir(), 'conform-secrets-'));
});
afterAll(() => echo.close());

async function everything(
  out: string,
  cli: { stdout: string; stderr: string },
  summaryFile: string,
): Promise<string[]> {
  const texts = [cli.stdout, cli.stderr, await readFile(summaryFile, 'utf8')];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else texts.push(await readFile(join(d, e.name), 'utf8'));
    }
  };
  await walk(out);
  return texts;
}

describe('secrets', () => {
  it.each([
    ['the bundled mock', () => []],
    ['a server that echoes the key back', () => ['--base-url', echo.url]],
  ])('never writes the key anywhere, against %s', async (name, target) => {
    const out = join(dir, name.replace(/\W+/g, '-'));
    const summary = join(dir, `${name.replace(/\W+/g, '-')}-summary.md`);
    const r = await runCli(
      [...target(), '--api-key', KEY, '--header', `X-Api-Key: ${HEADER_SECRET}`, '--out', out, '--verbose'],
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_STEP_SUMMARY: summary,
      },
    );
    const texts = await everything(out, r, summary);
    expect(texts.length).toBeGreaterThanOrEqual(5); // stdout, stderr, summary, results.json and at least one report
    const results = await readFile(join(out, 'results.json'), 'utf8');
    expect(results).toContain('[REDACTED]'); // the key was sent (and recorded as redacted)
    for (const text of texts) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(HEADER_SECRET);
    }
  });

  it('keeps the key out of usage errors too', async () => {
    const r = await runCli(['--api-key', KEY, '--budget', KEY]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain(KEY);
  });
});
