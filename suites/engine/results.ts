// The one results model (schemas/results.schema.json): summary counts and DIR/results.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zeroByStatus } from './statuses.ts';
import type { CheckResult, Results, Summary } from './types.ts';
// imported, not read from disk beside this file: the build inlines it, and dist/ sits elsewhere than the sources
import pkg from '../../package.json' with { type: 'json' };

export const TOOL_NAME = 'openai-conform';
export const TOOL_VERSION: string = pkg.version;

export function summarize(checks: CheckResult[]): Summary {
  const s: Summary = { ...zeroByStatus(), baselined: 0 };
  for (const c of checks) {
    s[c.status]++;
    if (c.baselined) s.baselined = (s.baselined ?? 0) + 1;
  }
  return s;
}

export async function writeResultsJson(results: Results, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, 'results.json');
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
