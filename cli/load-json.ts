// Reads the JSON files named by --claims and --baseline, with errors that name the file and the fix.
import { readFile } from 'node:fs/promises';
import { UsageError } from './usage-error.ts';

export async function loadJson(flag: string, file: string, example: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code ?? String(err);
    throw new UsageError(
      `[conform] ${flag} ${file}: cannot read the file (${code}). Pass the path of a JSON file like ${example}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(
      `[conform] ${flag} ${file}: not valid JSON (${(err as Error).message}). Expected a file like ${example}`,
    );
  }
}

export const CLAIMS_EXAMPLE = '{"features": ["chat", "streaming"]}';
export const BASELINE_EXAMPLE =
  '{"expectedFailures": ["streaming.done-sentinel", {"id": "errors.shape", "reason": "flat vLLM errors"}]}';

export async function loadClaims(file: string): Promise<{ features: string[]; file: string }> {
  const v = (await loadJson('--claims', file, CLAIMS_EXAMPLE)) as { features?: unknown };
  if (!Array.isArray(v?.features))
    throw new UsageError(
      `[conform] --claims ${file}: expected ${CLAIMS_EXAMPLE}, got ${JSON.stringify(v).slice(0, 80)}.`,
    );
  return { features: v.features as string[], file };
}

export async function loadBaseline(
  file: string,
): Promise<{ expectedFailures: Array<string | { id: string; reason?: string }>; file: string }> {
  const v = (await loadJson('--baseline', file, BASELINE_EXAMPLE)) as { expectedFailures?: unknown };
  if (!Array.isArray(v?.expectedFailures)) {
    throw new UsageError(
      `[conform] --baseline ${file}: expected ${BASELINE_EXAMPLE}, got ${JSON.stringify(v).slice(0, 80)}.`,
    );
  }
  return { expectedFailures: v.expectedFailures as Array<string | { id: string; reason?: string }>, file };
}
