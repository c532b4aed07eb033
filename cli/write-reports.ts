// Writes the chosen report formats next to results.json, using the reports engineer's renderers; the page shows
// a perf.json of the same target already in the directory (run-dir.ts).
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as reports from '../reports/index.ts';
import type { Results } from '../suites/engine/types.ts';
import { writeResultsJson } from '../suites/engine/results.ts';
import type { ReportFormat } from './args.ts';
import { perfIn } from './run-dir.ts';

type ReportResults = Parameters<typeof reports.renderJunit>[0];

export interface Written {
  json: string;
  html?: string;
  junit?: string;
}

export async function writeReports(results: Results, outDir: string, formats: ReportFormat[]): Promise<Written> {
  const r = results as unknown as ReportResults;
  const written: Written = { json: await writeResultsJson(results, outDir) }; // always, whatever --report says
  if (formats.includes('junit')) {
    written.junit = join(outDir, 'junit.xml');
    await writeFile(written.junit, reports.renderJunit(r));
  }
  if (formats.includes('html'))
    written.html = await reports.writeHtmlReport(r, outDir, await perfIn(outDir, results.target));
  return written;
}

export function consoleSummary(results: Results, opts: { color: boolean; htmlPath?: string }): string {
  return reports.renderConsoleSummary(results as unknown as ReportResults, opts);
}

/** GitHub Actions: annotations on stdout, the Markdown summary appended to the job summary file */
export async function githubOutputs(
  results: Results,
  env: Record<string, string | undefined>,
  out: (line: string) => void,
): Promise<void> {
  const r = results as unknown as ReportResults;
  if (env.GITHUB_ACTIONS === 'true') for (const a of reports.githubAnnotations(r)) out(a);
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, `${reports.renderMarkdownSummary(r)}\n`);
}
