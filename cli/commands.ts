// The commands behind conform: run, regrade, report. Each writes reports and returns the exit code.
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as reports from '../reports/index.ts';
import { runConform } from '../suites/engine/run.ts';
import { regrade } from '../suites/engine/regrade.ts';
import { exitCodeOf } from '../suites/engine/exit-code.ts';
import type { Results } from '../suites/engine/types.ts';
import type { ConformPerf } from '../schemas/generated/perf.ts';
import type { RunOptions } from '../suites/engine/options.ts';
import { savedChecks } from './cases-command.ts';
import type { CliArgs } from './args.ts';
import type { CliIo } from './cli.ts';
import { loadBaseline, loadClaims } from './load-json.ts';
import { createProgress } from './progress.ts';
import { consoleSummary, githubOutputs, writeReports } from './write-reports.ts';
import { UsageError } from './usage-error.ts';
import { prepareOutDir } from './out-dir.ts';
import { readJson } from './run-dir.ts';

/** `extra`: what a command adds to the flags' options (conform cases: its checks and probes) */
export async function runCommand(args: CliArgs, io: CliIo, extra: Partial<RunOptions> = {}): Promise<number> {
  const mode = args.quiet ? 'quiet' : args.verbose ? 'verbose' : 'normal';
  const inCi = io.env.CI === 'true' || io.env.CI === '1';
  const progress = createProgress({ write: io.stderr, tty: io.tty && !inCi }, mode);
  const options = { ...args.run, ...extra, onProgress: progress.onProgress };
  if (args.claimsFile) options.claims = await loadClaims(args.claimsFile);
  if (args.baselineFile) options.baseline = await loadBaseline(args.baselineFile);
  await prepareOutDir(args.outDir, args.outGiven);
  const results = await runConform(options);
  progress.finish();
  const written = await finishRun(results, args, io, args.outDir);
  const planned = results.plannedRequests !== undefined ? ` (planned ${results.plannedRequests})` : '';
  io.stdout(`[conform] ${results.requests} requests sent${planned}. Report: ${written}\n`);
  return exitCodeOf(results);
}

/** writes the reports and prints the summary; returns the path of the main report, as shown */
async function finishRun(results: Results, args: CliArgs, io: CliIo, outDir: string): Promise<string> {
  const written = await writeReports(results, outDir, args.reports);
  const color = io.tty && !io.env.NO_COLOR && io.env.CI !== 'true';
  io.stdout(`${consoleSummary(results, { color, htmlPath: written.html && shown(io, written.html) })}\n`);
  await githubOutputs(results, io.env, (line) => io.stdout(`${line}\n`));
  return shown(io, written.html ?? written.json);
}

export async function regradeCommand(args: CliArgs, io: CliIo): Promise<number> {
  const dir = args.positionals[0];
  if (!dir || args.positionals.length > 1)
    throw new UsageError('[conform] regrade takes one run directory. Example: conform regrade conform-report');
  const file = join(dir, 'results.json');
  let saved: Results;
  try {
    saved = JSON.parse(await readFile(file, 'utf8')) as Results;
  } catch (err) {
    throw new UsageError(
      `[conform] regrade: cannot read ${file} (${(err as { code?: string }).code ?? (err as Error).message}). Pass a directory written by conform --out.`,
    );
  }
  const results = regrade(saved, { checks: savedChecks(saved) });
  const outDir = args.outGiven ? args.outDir : dir;
  await prepareOutDir(outDir, args.outGiven);
  io.stderr(`[conform] re-graded ${results.checks.length} checks from ${file}; no request sent\n`);
  const written = await finishRun(results, args, io, outDir);
  io.stdout(
    `[conform] no request sent: re-graded the transcripts of a run that sent ${results.requests}. Report: ${written}\n`,
  );
  return exitCodeOf(results);
}

export async function reportCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (args.positionals.length === 0 || !args.outGiven) {
    throw new UsageError(
      '[conform] report compares saved runs: conform report RUN_DIR... --out DIR. Example: conform report runs/a runs/b --out compare',
    );
  }
  const runs: Results[] = [];
  const perfRuns: ConformPerf[] = [];
  for (const dir of args.positionals) {
    // a run directory holds results.json (conform), perf.json (conform perf), or both
    const results = await readJson(join(dir, 'results.json'));
    const perf = await readJson(join(dir, 'perf.json'));
    if (results.ok) runs.push(results.value as Results);
    if (perf.ok) perfRuns.push(perf.value as ConformPerf);
    if (!results.ok && !perf.ok) {
      throw new UsageError(
        `[conform] report: cannot read ${join(dir, 'results.json')} (${results.why}). Each RUN_DIR must hold a results.json or a perf.json.`,
      );
    }
  }
  await prepareOutDir(args.outDir, true);
  const page = await reports.writeComparison(
    runs as unknown as Parameters<typeof reports.writeComparison>[0],
    args.outDir,
    perfRuns,
  );
  const perfText = perfRuns.length > 0 ? ` and ${perfRuns.length} perf runs` : '';
  io.stdout(`[conform] compared ${runs.length} runs${perfText}: ${shown(io, page)}\n`);
  return 0;
}

function shown(io: CliIo, path: string): string {
  const rel = relative(io.cwd, path);
  return rel.startsWith('..') ? path : rel || '.';
}
