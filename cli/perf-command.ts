// conform perf: parse, run, write perf.json / index.html / junit.xml, print the table, exit 1 on a broken SLO.
// Into a directory that holds a conformance run of the same target, index.html becomes that page plus the perf
// section.
import { appendFile } from 'node:fs/promises';
import { relative } from 'node:path';
import * as reports from '../reports/index.ts';
import { loadPrompts } from '../suites/perf/prompts-file.ts';
import { runPerf } from '../suites/perf/run-perf.ts';
import type { CliIo } from './cli.ts';
import { prepareOutDir } from './out-dir.ts';
import { parsePerfArgs } from './perf-args.ts';
import { PERF_HELP } from './perf-help.ts';
import { createPerfProgress } from './perf-progress.ts';
import { resultsIn, sameTarget } from './run-dir.ts';
import { UsageError } from './usage-error.ts';

export async function perfCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parsePerfArgs(argv, io.env);
  if (args.help) {
    io.stdout(PERF_HELP);
    return 0;
  }
  const { workload, ...rest } = args.options;
  const resolved =
    'file' in workload && !('items' in workload)
      ? { items: await loadPrompts(workload.file), source: 'file' as const, file: workload.file }
      : workload;
  await prepareOutDir(args.outDir, argv.includes('--out'));
  // a conformance run in --out: the perf section joins its page, so it must have measured the same target
  const conformance = await resultsIn(args.outDir);
  if (conformance && !sameTarget(conformance.target, { baseUrl: args.options.baseUrl })) {
    throw new UsageError(
      `[conform] --out ${args.outDir} holds a conformance run of ${conformance.target.baseUrl}; this perf run measures ${args.options.baseUrl ?? 'the bundled mock'}. Pass another --out, or the same --base-url.`,
    );
  }
  const inCi = io.env.CI === 'true' || io.env.CI === '1';
  const progress = createPerfProgress({ write: io.stderr, tty: io.tty && !inCi }, args.quiet);
  const perf = await runPerf({ ...rest, workload: resolved, onPlan: progress.onPlan, onProgress: progress.onProgress });
  progress.finish();
  const written = await reports.writePerfReports(perf, args.outDir, args.reports, conformance);
  const shown = (p: string) => {
    const rel = relative(io.cwd, p);
    return rel.startsWith('..') ? p : rel;
  };
  io.stdout(`${reports.renderPerfConsole(perf, { htmlPath: shown(written.html ?? written.json) })}\n`);
  if (io.env.GITHUB_STEP_SUMMARY) await appendFile(io.env.GITHUB_STEP_SUMMARY, reports.renderPerfMarkdown(perf));
  return reports.perfFails(perf) ? 1 : 0;
}
