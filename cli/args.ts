// Flags → RunOptions. Every problem is a UsageError that says what was wrong and how to fix it.
import { parseArgs } from 'node:util';
import { FEATURES, isFeatureTag, type FeatureTag } from '../suites/features.ts';
import type { RunOptions } from '../suites/engine/options.ts';
import { UsageError } from './usage-error.ts';
import { editDistance } from '../suites/engine/closest.ts';

const FLAGS = {
  'base-url': { type: 'string' },
  'api-key': { type: 'string' },
  model: { type: 'string' },
  'embedding-model': { type: 'string' },
  'image-model': { type: 'string' },
  'transcribe-model': { type: 'string' },
  'speech-model': { type: 'string' },
  header: { type: 'string', multiple: true },
  label: { type: 'string' },
  features: { type: 'string' },
  exclude: { type: 'string' },
  claims: { type: 'string' },
  budget: { type: 'string' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  seed: { type: 'string' },
  trials: { type: 'string' },
  burst: { type: 'boolean' },
  baseline: { type: 'string' },
  'with-suite': { type: 'boolean' },
  out: { type: 'string' },
  report: { type: 'string' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export const REPORT_FORMATS = ['html', 'json', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface CliArgs {
  command: 'run' | 'help' | 'version' | 'regrade' | 'report' | 'cases';
  positionals: string[];
  run: RunOptions;
  claimsFile?: string;
  baselineFile?: string;
  outDir: string;
  outGiven: boolean;
  reports: ReportFormat[];
  quiet: boolean;
  verbose: boolean;
  /** conform cases: run the standard checks too */
  withSuite: boolean;
}

export function parseCliArgs(argv: string[], env: Record<string, string | undefined>): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(explainParseError(err));
  }
  const v = parsed.values;
  const [first, ...rest] = parsed.positionals;
  let command: CliArgs['command'] = v.help ? 'help' : v.version ? 'version' : 'run';
  if (command === 'run' && (first === 'regrade' || first === 'report' || first === 'cases')) command = first;
  else if (command === 'run' && first !== undefined) {
    throw new UsageError(
      `[conform] unexpected argument "${first}". Commands are cases, regrade, report, perf and mock; options start with --. Run conform --help.`,
    );
  }
  const baseUrl = v['base-url'] ?? (env.OPENAI_BASE_URL || undefined);
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl)) {
    throw new UsageError(
      `[conform] --base-url must be an http(s) URL, got "${baseUrl}". Example: --base-url http://localhost:8000/v1`,
    );
  }
  const run: RunOptions = {
    baseUrl,
    // the user's real key is never handed to the bundled mock
    apiKey: v['api-key'] ?? (baseUrl ? env.OPENAI_API_KEY || undefined : undefined),
    model: v.model,
    embeddingModel: v['embedding-model'],
    imageModel: v['image-model'],
    transcriptionModel: v['transcribe-model'],
    speechModel: v['speech-model'],
    headers: parseHeaders(v.header ?? []),
    label: v.label,
    features: featureList('--features', v.features),
    exclude: featureList('--exclude', v.exclude),
    budget: intFlag('--budget', v.budget, 1, '200'),
    timeoutMs: intFlag('--timeout', v.timeout, 1, '30000'),
    concurrency: intFlag('--concurrency', v.concurrency, 1, '4'),
    seed: intFlag('--seed', v.seed, 0, '42'),
    trials: intFlag('--trials', v.trials, 1, '5'),
    burst: v.burst ?? false,
  };
  if (v['with-suite'] && command !== 'cases')
    throw new UsageError(
      '[conform] --with-suite belongs to conform cases FILE (it adds the standard checks to your cases). Example: conform cases cases.json --with-suite',
    );
  if (v.quiet && v.verbose)
    throw new UsageError('[conform] --quiet and --verbose contradict each other. Pass one of them.');
  return {
    command,
    positionals: command === 'run' ? [] : rest,
    run,
    claimsFile: v.claims,
    baselineFile: v.baseline,
    outDir: v.out ?? 'conform-report',
    outGiven: v.out !== undefined,
    reports: reportList(v.report, REPORT_FORMATS),
    quiet: v.quiet ?? false,
    verbose: v.verbose ?? false,
    withSuite: v['with-suite'] ?? false,
  };
}

function intFlag(flag: string, raw: string | undefined, min: number, example: string): number | undefined {
  return raw === undefined ? undefined : intValue(flag, raw, min, example);
}

/** a whole number of at least `min` given to `flag`, or a usage error showing `example` */
export function intValue(flag: string, raw: string, min: number, example: string): number {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || !Number.isSafeInteger(Number(raw))) {
    const kind = `${min === 0 ? 'a non-negative' : 'a positive'} integer${min > 1 ? ` of at least ${min}` : ''}`;
    throw new UsageError(`[conform] ${flag} must be ${kind}, got "${raw}". Example: ${flag} ${example}`);
  }
  return Number(raw);
}

function featureList(flag: string, raw: string | undefined): FeatureTag[] | undefined {
  if (raw === undefined) return undefined;
  const tags = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = tags.filter((t) => !isFeatureTag(t));
  if (unknown.length > 0 || tags.length === 0) {
    const what =
      unknown.length > 0
        ? `unknown feature${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `"${t}"`).join(', ')}`
        : 'no feature';
    throw new UsageError(
      `[conform] ${flag} names ${what}. Known features: ${Object.keys(FEATURES).join(', ')}. Example: ${flag} chat,streaming`,
    );
  }
  return tags as FeatureTag[];
}

/** --report of conform and conform perf: a list of `formats`, all of them when absent; `prefix` names the command */
export function reportList<F extends string>(raw: string | undefined, formats: readonly F[], prefix = ''): F[] {
  if (raw === undefined) return [...formats];
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (list.length === 0 || list.some((f) => !(formats as readonly string[]).includes(f))) {
    throw new UsageError(
      `[conform] ${prefix}--report takes ${formats.join(', ')}, got "${raw}". Example: --report html,junit`,
    );
  }
  return list as F[];
}

export function parseHeaders(raw: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of raw) {
    const colon = h.indexOf(':');
    const name = colon === -1 ? '' : h.slice(0, colon).trim();
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      // the value may be a secret: show only what precedes it
      const shown = colon === -1 ? `${h.slice(0, 12)}${h.length > 12 ? '…' : ''}` : h.slice(0, colon);
      throw new UsageError(
        `[conform] --header must be "Name: value", got "${shown}". Example: --header "X-Team: evals"`,
      );
    }
    out[name] = h.slice(colon + 1).trim();
  }
  return out;
}

function explainParseError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const m = /'(-{1,2}[^']+)'/.exec(e.message ?? '');
  const flag = m?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = Object.keys(FLAGS).find((f) => closeTo(flag.replace(/^-+/, ''), f));
    return `[conform] unknown option "${flag}".${near ? ` Did you mean --${near}?` : ''} Run conform --help for the list.`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `[conform] option "${flag.split(' ')[0]}" needs a value. Run conform --help for the list.`;
  }
  return `[conform] ${e.message ?? String(err)}. Run conform --help.`;
}

/** edit distance ≤ 2: enough for "--featues" and "--base_url" */
function closeTo(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 2 && editDistance(a, b) <= 2;
}
