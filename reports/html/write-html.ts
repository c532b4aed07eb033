// Writes DIR/index.html (with the perf section when a perf run of the same target is given) and returns its path.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Results } from '../internal/results.ts';
import type { Perf } from '../perf/perf-rows.ts';
import { renderHtml } from './render-html.ts';

export async function writeHtmlReport(results: Results, outDir: string, perf?: Perf): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const path = resolve(join(outDir, 'index.html'));
  await writeFile(path, renderHtml(results, perf), 'utf8');
  return path;
}
