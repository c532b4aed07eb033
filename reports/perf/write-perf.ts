// Writes a perf run's files: perf.json always, index.html and junit.xml (one case per SLO) when asked. With a
// conformance run of the same target in the directory, index.html is its page with the perf section.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Perf } from './perf-rows.ts';
import { renderPerfHtml } from './render-perf-html.ts';
import { renderHtml } from '../html/render-html.ts';
import type { Results } from '../internal/results.ts';
import { renderPerfJunit } from './render-perf-junit.ts';

export async function writePerfReports(
  perf: Perf,
  outDir: string,
  formats: readonly string[],
  conformance?: Results,
): Promise<{ json: string; html?: string; junit?: string }> {
  await mkdir(outDir, { recursive: true });
  const json = resolve(join(outDir, 'perf.json'));
  await writeFile(json, `${JSON.stringify(perf, null, 2)}\n`);
  const written: { json: string; html?: string; junit?: string } = { json };
  if (formats.includes('html')) {
    written.html = resolve(join(outDir, 'index.html'));
    await writeFile(written.html, conformance ? renderHtml(conformance, perf) : renderPerfHtml(perf));
  }
  if (formats.includes('junit') && perf.slos.length > 0) {
    written.junit = resolve(join(outDir, conformance ? 'perf-junit.xml' : 'junit.xml')); // the checks' junit.xml stays
    await writeFile(written.junit, renderPerfJunit(perf));
  }
  return written;
}
