// Writes DIR/index.html with the comparison of several runs and returns its path.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Results } from '../internal/results.ts';
import { renderComparison } from './render-comparison.ts';
import type { ConformPerf } from '../../schemas/generated/perf.ts';

export async function writeComparison(
  runs: readonly Results[],
  outDir: string,
  perfRuns: readonly ConformPerf[] = [],
): Promise<string> {
  if (runs.length === 0 && perfRuns.length === 0)
    throw new Error(
      '[conform] report: no runs to compare. Pass one or more run directories that hold a results.json or a perf.json.',
    );
  await mkdir(outDir, { recursive: true });
  const path = resolve(join(outDir, 'index.html'));
  await writeFile(path, renderComparison(runs, perfRuns), 'utf8');
  return path;
}
