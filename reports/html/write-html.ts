// Writes DIR/index.html and returns its path.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Results } from '../internal/results.ts';
import { renderHtml } from './render-html.ts';

export async function writeHtmlReport(results: Results, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const path = resolve(join(outDir, 'index.html'));
  await writeFile(path, renderHtml(results), 'utf8');
  return path;
}
