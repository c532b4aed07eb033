// The conform bin from a project that installed only the packed tarball: compiled JavaScript (no tsx installed),
// --help and --version on Node 20, 22 and 24, the standalone mock, and the default run against the bundled mock.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from './internal/package-fixture.ts';
import { consumerEnv, nodeBinary, run } from './internal/package-run.ts';

const MAJORS = [20, 22, 24] as const;
let dir: string;
let bin: string;
const node = new Map<number, string>();

beforeAll(async () => {
  const [made, ...binaries] = await Promise.all([
    project({ name: 'plain-node', packages: [] }),
    ...MAJORS.map(nodeBinary),
  ]);
  dir = made;
  bin = join(dir, 'node_modules', '.bin', 'conform');
  MAJORS.forEach((m, i) => node.set(m, binaries[i]));
}, 600_000);

it('runs compiled JavaScript: the package ships no TypeScript sources and the project has no tsx', async () => {
  expect(await readdir(join(dir, 'node_modules'))).not.toContain('tsx');
  expect(await readdir(join(dir, 'node_modules/openai-conform/cli'))).toEqual(['conform.js']);
  const r = await run(bin, ['--help'], { cwd: dir });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^conform — grade an OpenAI-compatible API/);
});

describe.each(MAJORS)('Node %i', (major) => {
  it('--version', async () => {
    const r = await run(node.get(major)!, [join(dir, 'node_modules/openai-conform/cli/conform.js'), '--version'], {
      cwd: dir,
    });
    const { version } = JSON.parse(await readFile(join(dir, 'node_modules/openai-conform/package.json'), 'utf8')) as {
      version: string;
    };
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `${version}\n`, '']);
  });
});

it('conform mock serves until SIGTERM', async () => {
  const child = spawn(bin, ['mock', '--port', '0', '--api-key', 'sk-test'], { cwd: dir, env: consumerEnv() });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`conform mock exited early (${code}): ${out}`)));
  });
  const res = await fetch(`${url}/models`, { headers: { authorization: 'Bearer sk-test' } });
  expect(res.status).toBe(200);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(out).toMatch(/\[conform\] mock stopped/);
});

it('conform with no target grades the bundled mock and passes', async () => {
  const out = await mkdtemp(join(tmpdir(), 'conform-package-cli-'));
  const r = await run(bin, ['--out', out], { cwd: dir, env: consumerEnv({ CI: 'true' }), timeoutMs: 120_000 });
  expect(r.code, r.stderr).toBe(0);
  const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as {
    target: { label: string };
    checks: Array<{ status: string }>;
  };
  expect(results.target.label).toBe('bundled mock');
  expect(results.checks.filter((c) => ['fail', 'error', 'untestable'].includes(c.status))).toEqual([]);
  expect((await readdir(out)).sort()).toEqual(expect.arrayContaining(['index.html', 'junit.xml', 'results.json']));
}, 150_000);
