// Writes a perf run's files: perf.json always, index.html and junit.xml (one case per SLO) when asked.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Perf } from './perf-rows.ts';
import { renderPerfHtml } from './render-perf-html.ts';
import { renderPerfJunit } from './render-perf-junit.ts';

export async function writePerfReports(
  perf: Perf,
  outDir: string,
  formats: readonly string[],
): Promise<{ json: string; html?: string; junit?: string }> {
  await mkdir(outDir, { recursive: true });
  const json = resolve(join(outDir, 'perf.json'));
  await writeFile(json, `${JSON.stringify(perf, null, 2)}\n`);
  const written: { json: string; html?: string; junit?: string } = { json };
  if (formats.includes('html')) {
    written.html = resolve(join(outDir, 'index.html'));
    await writeFile(written.html, renderPerfHtml(perf));
  }
  if (formats.includes('junit') && perf.slos.length > 0) {
    written.junit = resolve(join(outDir, 'junit.xml'));
    await writeFile(written.junit, renderPerfJunit(perf));
  }
  return written;
}
