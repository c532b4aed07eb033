// action.yml, step by step as the runner would: `uses:` steps are checked, not run (setup-node, upload-artifact);
// `run:` steps run in bash with the step's env, inputs and step outputs substituted, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY
// and RUNNER_TEMP set, against the bundled mock. The package input is the packed tarball (a relative path, as a
// workflow would pass one), so the steps install what users get.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAction, type ActionStep } from './internal/action-yaml.ts';
import { packed } from './internal/package-fixture.ts';
import { ROOT } from './internal/package-paths.ts';
import { consumerEnv } from './internal/package-run.ts';

const SECRET = 'sk-action-secret-0123456789';
const action = readAction(await readFile(join(ROOT, 'action.yml'), 'utf8'));

interface Job {
  workspace: string;
  summary: string;
  outputs: Record<string, string>;
  codes: Record<string, number>;
  logs: string;
  skipped: string[];
}

/** runs every step of the action the way the runner does, with these inputs */
async function runAction(inputs: Record<string, string>, runnerTemp: string): Promise<Job> {
  const workspace = await mkdtemp(join(tmpdir(), 'conform-action-ws-'));
  await copyFile(await packed(), join(workspace, 'openai-conform.tgz'));
  for (const [name, content] of Object.entries(inputs))
    if (name.endsWith('.json')) await writeFile(join(workspace, name), content);
  const summary = join(workspace, '.summary.md');
  const job: Job = { workspace, summary, outputs: {}, codes: {}, logs: '', skipped: [] };
  const values: Record<string, string> = { ...action.inputs, package: './openai-conform.tgz', ...inputs };
  const expand = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      const input = /^inputs\.([\w-]+)$/.exec(expr);
      if (input) return values[input[1]] ?? '';
      const output = /^steps\.conform\.outputs\.([\w-]+)$/.exec(expr);
      if (output) return job.outputs[output[1]] ?? '';
      throw new Error(`[conform] action test: expression ${expr} is not understood here`);
    });
  for (const step of action.steps) {
    if (step.if && !condition(step.if, job.outputs)) continue;
    if (step.uses) {
      job.skipped.push(
        `${step.uses} ${JSON.stringify(Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, expand(v)])))}`,
      );
      continue;
    }
    const output = join(runnerTemp, `output-${step.id ?? step.name.replace(/\W+/g, '-')}`);
    await writeFile(output, '');
    const env = consumerEnv(
      {
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: runnerTemp,
        CI: 'true',
        ...mapValues(step.env, expand),
      },
      true,
    );
    const r = await bash(step, workspace, env);
    job.codes[step.name] = r.code;
    job.logs += r.stdout + r.stderr;
    for (const line of (await readFile(output, 'utf8')).split('\n').filter(Boolean)) {
      const [key, ...rest] = line.split('=');
      if (step.id === 'conform') job.outputs[key] = rest.join('=');
    }
  }
  return job;
}

function bash(
  step: ActionStep,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  expect(step.shell).toBe('bash');
  return new Promise((resolve) => {
    // what the runner runs for shell: bash
    execFile(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!],
      { cwd, env, timeout: 240_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

/** the two forms action.yml uses: always(), and a step output compared with '' */
function condition(expr: string, outputs: Record<string, string>): boolean {
  return expr.split('&&').every((term) => {
    const t = term.trim();
    if (t === 'always()') return true;
    const m = /^steps\.conform\.outputs\.([\w-]+) != ''$/.exec(t);
    if (m) return (outputs[m[1]] ?? '') !== '';
    throw new Error(`[conform] action test: condition ${t} is not understood here`);
  });
}

const mapValues = (o: Record<string, string>, f: (v: string) => string) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

describe('action.yml against the bundled mock', () => {
  let runnerTemp: string;
  beforeAll(async () => {
    runnerTemp = await mkdtemp(join(tmpdir(), 'conform-action-runner-'));
    await packed();
  }, 600_000);

  it('a passing run: report directory, job summary, exit code 0, and the key nowhere', async () => {
    const job = await runAction(
      {
        features: 'chat,streaming',
        'claims.json': '{"features": ["chat", "streaming"]}',
        claims: 'claims.json',
        trials: '2',
        'api-key': SECRET,
      },
      runnerTemp,
    );
    expect(job.codes, job.logs).toEqual({
      'Install openai-conform': 0,
      'Run conform': 0,
      'Pass the exit code through': 0,
    });
    expect(job.outputs).toEqual({ 'exit-code': '0', 'report-dir': 'conform-report' });
    expect(job.skipped).toEqual([
      'actions/setup-node@v4 {"node-version":"22"}',
      'actions/upload-artifact@v4 {"name":"conform-report","path":"conform-report"}',
    ]);
    expect((await readdir(join(job.workspace, 'conform-report'))).sort()).toEqual(
      expect.arrayContaining(['index.html', 'junit.xml', 'results.json']),
    );
    const summary = await readFile(job.summary, 'utf8');
    expect(summary).toMatch(/^## openai-conform: bundled mock — model `[^`]+`$/m);
    expect(summary).toMatch(/\*\*nothing fails the run\*\*/);
    const results = JSON.parse(await readFile(join(job.workspace, 'conform-report', 'results.json'), 'utf8')) as {
      checks: Array<{ feature: string }>;
    };
    expect(new Set(results.checks.map((c) => c.feature))).toEqual(new Set(['chat', 'streaming']));
    const everything =
      job.logs +
      summary +
      (
        await Promise.all(
          ['index.html', 'junit.xml', 'results.json'].map((f) =>
            readFile(join(job.workspace, 'conform-report', f), 'utf8'),
          ),
        )
      ).join('');
    expect(everything).not.toContain(SECRET);
  }, 300_000);

  it('a failing run still uploads the report, then exits with the CLI code (1: a stale baseline entry)', async () => {
    const job = await runAction(
      {
        features: 'models',
        'baseline.json': '{"expectedFailures": ["models.list-shape"]}',
        baseline: 'baseline.json',
        out: 'gate',
      },
      runnerTemp,
    );
    expect(job.outputs).toEqual({ 'exit-code': '1', 'report-dir': 'gate' });
    expect(job.codes).toMatchObject({ 'Run conform': 0, 'Pass the exit code through': 1 });
    expect(job.skipped.at(-1)).toBe('actions/upload-artifact@v4 {"name":"conform-report","path":"gate"}');
    expect(job.logs).toMatch(/::error/); // GITHUB_ACTIONS=true: failures as annotations
    expect(await readFile(job.summary, 'utf8')).toMatch(/\*\*1 failing\*\*/);
  }, 300_000);
});
