// conform perf flags → PerfOptions. Every problem is a UsageError that says what was wrong and how to fix it.
import { parseArgs } from 'node:util';
import { isLatencyProfileName, LATENCY_PROFILES } from '../mock/core/latency/profile.ts';
import type { PerfOptions } from '../suites/perf/options.ts';
import { parseDurationMs } from '../suites/perf/duration.ts';
import { parsePricings } from '../suites/perf/pricing.ts';
import { parseSlos } from '../suites/perf/slo.ts';
import { parseGoodput } from '../suites/perf/goodput.ts';
import { DEFAULT_SHAPE } from '../suites/perf/workload.ts';
import { UsageError } from './usage-error.ts';
import { intValue, parseHeaders, reportList } from './args.ts';

/** perf.json is always written */
const PERF_REPORT_FORMATS = ['html', 'junit'] as const;

const FLAGS = {
  'base-url': { type: 'string' },
  'api-key': { type: 'string' },
  model: { type: 'string' },
  header: { type: 'string', multiple: true },
  profile: { type: 'string' },
  concurrency: { type: 'string' },
  rate: { type: 'string' },
  requests: { type: 'string' },
  duration: { type: 'string' },
  warmup: { type: 'string' },
  idle: { type: 'string' },
  retries: { type: 'string' },
  prompts: { type: 'string' },
  'prompt-words': { type: 'string' },
  'output-tokens': { type: 'string' },
  'length-spread': { type: 'string' },
  seed: { type: 'string' },
  price: { type: 'string', multiple: true },
  slo: { type: 'string' },
  budget: { type: 'string' },
  timeout: { type: 'string' },
  'max-response-bytes': { type: 'string' },
  'max-in-flight': { type: 'string' },
  api: { type: 'string' },
  goodput: { type: 'string' },
  out: { type: 'string' },
  report: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface PerfArgs {
  help: boolean;
  options: Omit<PerfOptions, 'workload'> & { workload: PerfOptions['workload'] | { file: string } };
  outDir: string;
  reports: Array<(typeof PERF_REPORT_FORMATS)[number]>;
  quiet: boolean;
}

export function parsePerfArgs(argv: string[], env: Record<string, string | undefined>): PerfArgs {
  let v;
  try {
    const parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
    if (parsed.positionals.length > 0)
      throw new UsageError(
        `[conform] perf: unexpected argument "${parsed.positionals[0]}". Options start with --. Run conform perf --help.`,
      );
    v = parsed.values;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const flag = /'(-{1,2}[^' ]+)/.exec((err as Error).message)?.[1] ?? '';
    throw new UsageError(
      (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `[conform] perf: unknown option "${flag}". Run conform perf --help for the list.`
        : `[conform] perf: option "${flag}" needs a value. Run conform perf --help for the list.`,
    );
  }
  const baseUrl = v['base-url'] ?? (env.OPENAI_BASE_URL || undefined);
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl))
    throw new UsageError(
      `[conform] --base-url must be an http(s) URL, got "${baseUrl}". Example: --base-url http://localhost:8000/v1`,
    );
  if (baseUrl !== undefined && v.profile !== undefined)
    throw new UsageError(
      "[conform] perf: --profile sets the bundled mock's latency; with --base-url there is no mock. Drop one of them.",
    );
  if (v.profile !== undefined && !isLatencyProfileName(v.profile))
    throw new UsageError(
      `[conform] perf: --profile must be one of ${Object.keys(LATENCY_PROFILES).join(', ')}, got "${v.profile}". Example: --profile reference`,
    );
  const demo = baseUrl === undefined;
  const concurrency = list('--concurrency', v.concurrency, true) ?? (v.rate !== undefined ? [] : [1, 4, 16]);
  const rates = list('--rate', v.rate, false) ?? (demo && v.concurrency === undefined ? [5, 20] : []);
  const durationMs = v.duration === undefined ? undefined : duration('--duration', v.duration, '30s');
  const idleMs =
    v.idle === undefined
      ? demo
        ? [2500] // the demo profile goes cold after 2 s idle
        : []
      : v.idle.split(',').map((s) => duration('--idle', s.trim(), '30s,2m'));
  const shape = {
    ...DEFAULT_SHAPE,
    ...(v['prompt-words'] !== undefined
      ? { promptWords: intValue('--prompt-words', v['prompt-words'], 1, '200') }
      : {}),
    ...(v['output-tokens'] !== undefined
      ? { outputTokens: intValue('--output-tokens', v['output-tokens'], 1, '64') }
      : {}),
    ...(v['length-spread'] !== undefined ? { spread: num('--length-spread', v['length-spread'], '0.5') } : {}),
  };
  const prices = v.price ?? (demo ? ['flat=0.0005', 'tokens=in:0.15,out:0.60'] : []);
  return {
    help: v.help ?? false,
    options: {
      baseUrl,
      apiKey: v['api-key'] ?? (baseUrl ? env.OPENAI_API_KEY || undefined : undefined),
      headers: parseHeaders(v.header ?? []),
      model: v.model,
      api: apiOf(v.api),
      concurrency,
      rates,
      requests: v.requests === undefined ? (demo ? 20 : 40) : intValue('--requests', v.requests, 1, '100'),
      ...(durationMs !== undefined ? { durationMs } : {}),
      warmup: v.warmup === undefined ? 2 : intValue('--warmup', v.warmup, 0, '2'),
      idleMs,
      warmFollowUps: 3,
      retries: v.retries === undefined ? 2 : intValue('--retries', v.retries, 0, '2'),
      workload: v.prompts !== undefined ? { file: v.prompts } : { shape },
      pricing: parsePricings(prices),
      slos: v.slo === undefined ? [] : parseSlos(v.slo),
      ...(v.goodput !== undefined ? { goodput: parseGoodput(v.goodput) } : {}),
      ...(v.budget !== undefined ? { budget: intValue('--budget', v.budget, 1, '500') } : {}),
      timeoutMs: v.timeout === undefined ? 120_000 : intValue('--timeout', v.timeout, 1, '30000'),
      maxResponseBytes:
        v['max-response-bytes'] === undefined
          ? 16 << 20
          : intValue('--max-response-bytes', v['max-response-bytes'], 1024, '1048576'),
      maxInFlight: v['max-in-flight'] === undefined ? 1000 : intValue('--max-in-flight', v['max-in-flight'], 1, '1000'),
      seed: v.seed === undefined ? 42 : intValue('--seed', v.seed, 0, '42'),
      ...(demo ? { mockProfile: (v.profile ?? 'demo') as keyof typeof LATENCY_PROFILES } : {}),
    },
    outDir: v.out ?? 'conform-perf',
    reports: reportList(v.report, PERF_REPORT_FORMATS, 'perf: '),
    quiet: v.quiet ?? false,
  };
}

function num(flag: string, raw: string, example: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new UsageError(`[conform] ${flag} must be a number of 0 or more, got "${raw}". Example: ${flag} ${example}`);
  return n;
}

function duration(flag: string, raw: string, example: string): number {
  const ms = parseDurationMs(raw);
  if (ms === undefined)
    throw new UsageError(
      `[conform] ${flag} takes durations like 500ms, 30s or 2m, got "${raw}". Example: ${flag} ${example}`,
    );
  return ms;
}

function list(flag: string, raw: string | undefined, integers: boolean): number[] | undefined {
  if (raw === undefined) return undefined;
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const values = parts.map(Number);
  const bad = parts.find(
    (p, i) => !(values[i]! > 0) || (integers && !Number.isInteger(values[i])) || !/^\d*\.?\d+$/.test(p),
  );
  if (bad !== undefined || parts.length === 0) {
    const what = integers ? 'positive integers' : 'positive numbers';
    throw new UsageError(
      `[conform] ${flag} takes ${what} separated by commas, got "${raw}". Example: ${flag} ${integers ? '1,4,16' : '0.5,2,8'}`,
    );
  }
  return values;
}

function apiOf(raw: string | undefined): 'chat' | 'responses' {
  if (raw === undefined || raw === 'chat' || raw === 'responses') return raw ?? 'chat';
  throw new UsageError(
    `[conform] perf: --api takes chat or responses, got "${raw}". Example: --api responses (streams POST /v1/responses)`,
  );
}
