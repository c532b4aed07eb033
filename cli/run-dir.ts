// A run directory holds results.json (conform), perf.json (conform perf), or both. Its index.html is the
// conformance page with the perf section when both measured the same target, so `conform --out r` then
// `conform perf --out r` give one page; a perf run of another target never lands on that page.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConformPerf } from '../schemas/generated/perf.ts';
import type { Results } from '../suites/engine/types.ts';

export async function readJson(file: string): Promise<{ ok: true; value: unknown } | { ok: false; why: string }> {
  try {
    return { ok: true, value: JSON.parse(await readFile(file, 'utf8')) as unknown };
  } catch (err) {
    return { ok: false, why: (err as { code?: string }).code ?? (err as Error).message };
  }
}

/** a target as both kinds of run name it; `baseUrl` undefined: the bundled mock, not started yet */
export interface TargetName {
  baseUrl?: string;
  label?: string | null;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** the bundled mock listens on a new port each run: known by its label on a loopback address */
function bundled(t: TargetName): boolean {
  if (t.baseUrl === undefined) return true;
  try {
    return (t.label ?? '').startsWith('bundled mock') && LOOPBACK.has(new URL(t.baseUrl).hostname);
  } catch {
    return false;
  }
}

function normalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.pathname = u.pathname.replace(/\/+$/, '');
    return u.href;
  } catch {
    return url;
  }
}

export function sameTarget(a: TargetName, b: TargetName): boolean {
  if (bundled(a) || bundled(b)) return bundled(a) && bundled(b);
  return normalUrl(a.baseUrl!) === normalUrl(b.baseUrl!);
}

/** DIR/results.json when it is a conformance run */
export async function resultsIn(dir: string): Promise<Results | undefined> {
  const r = await readJson(join(dir, 'results.json'));
  const v = r.ok ? (r.value as Partial<Results> | null) : undefined;
  return v && typeof v === 'object' && Array.isArray(v.checks) && v.target ? (v as Results) : undefined;
}

/** DIR/perf.json when it is a perf run of `target` */
export async function perfIn(dir: string, target: TargetName): Promise<ConformPerf | undefined> {
  const r = await readJson(join(dir, 'perf.json'));
  const v = r.ok ? (r.value as Partial<ConformPerf> | null) : undefined;
  if (!v || typeof v !== 'object' || v.kind !== 'perf' || v.schemaVersion !== 1 || !v.target) return undefined;
  return sameTarget(v.target, target) ? (v as ConformPerf) : undefined;
}
