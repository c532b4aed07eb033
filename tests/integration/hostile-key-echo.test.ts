// A target that echoes the key in every encoding a transcript can hold, and whose model id carries terminal
// control sequences: no run of 4 or more of the key's characters reaches any output, in any encoding, and
// the console shows the control sequences instead of running them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeEscapes } from '../../suites/engine/transport/escaped-text.ts';
import { base64Variants } from '../../suites/engine/transport/secret-variants.ts';
import { startKeyEchoServer } from '../fixtures/key-echo-server.ts';
import { runCli, type CliRun } from './helpers/run-cli.ts';

// shaped like a real key, with the characters PHP ("/") and .NET ("+") escape
const KEY = 'sk-Zq8+Lm/Xp2Rt8Kw4Vb6Yn1Hc3Jd5Fg0Wq7';

let server: Awaited<ReturnType<typeof startKeyEchoServer>>;
let out: string;
let run: CliRun;
let files: Record<string, string>;
beforeAll(async () => {
  server = await startKeyEchoServer();
  const dir = await mkdtemp(join(tmpdir(), 'conform-key-echo-'));
  out = join(dir, 'report');
  const summary = join(dir, 'summary.md');
  run = await runCli(['--base-url', server.url, '--api-key', KEY, '--timeout', '5000', '--out', out, '--verbose'], {
    GITHUB_ACTIONS: 'true',
    GITHUB_STEP_SUMMARY: summary,
  });
  files = { stdout: run.stdout, stderr: run.stderr, 'summary.md': await readFile(summary, 'utf8') };
  for (const f of ['results.json', 'junit.xml', 'index.html']) files[f] = await readFile(join(out, f), 'utf8');
}, 120_000);
afterAll(() => server.close());

/** the longest run of the key's characters in a text, raw or with its JSON and URL escapes decoded */
function longestRun(text: string): string {
  let best = '';
  for (const t of [text, decodeEscapes(text).text, decodeEscapes(decodeEscapes(text).text).text]) {
    for (let i = 0; i + best.length < KEY.length; i++) {
      while (i + best.length < KEY.length && t.includes(KEY.slice(i, i + best.length + 1)))
        best = KEY.slice(i, i + best.length + 1);
    }
  }
  return best;
}

describe('a target that echoes the key in every encoding', () => {
  it('got the key, and the run recorded it redacted', () => {
    expect(files['results.json']).toContain('[REDACTED]');
    expect(JSON.parse(files['results.json']).transcripts['chat.basic']).toBeDefined();
  });

  it.each(['stdout', 'stderr', 'summary.md', 'results.json', 'junit.xml', 'index.html'])(
    'leaves no 4 characters of it in %s',
    (name) => {
      expect(longestRun(files[name]).length).toBeLessThan(4);
      for (const b of base64Variants(KEY)) expect(files[name]).not.toContain(b.slice(0, 12));
    },
  );

  it("shows the model id's control sequences on the console instead of running them", () => {
    for (const text of [run.stdout, run.stderr]) expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stdout.split('\n').some((l) => l.startsWith('✓ 143 passed'))).toBe(false);
    expect(run.stdout).toContain(
      'model evil\\u001b]0;pwned\\u0007\\u000d\\u001b[2K\\u001b[32m✓ 143 passed, 0 failed\\u001b[0m\\u000a',
    );
  });
});
