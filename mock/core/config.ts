// Validation of mock configuration from JSON files, CLI flags and createMock() callers, with messages that
// name the key, show the value seen and suggest the fix.
import { z } from 'zod';
import { MODEL_KINDS } from './catalog.ts';
import { didYouMean } from './did-you-mean.ts';
import type { MockOptions } from './options.ts';
import { ruleFromJson, scriptRuleJson } from './script.ts';
import { QUIRKS, type QuirkName } from './types.ts';
import type { ProfileName } from './quirks/profiles.ts';
import { validateFaults, type FaultSpec } from './faults/index.ts';
import { PROVIDER_PROFILES } from './quirks/profiles.ts';
import { LATENCY_PROFILES, latencyProfileJson } from './latency/profile.ts';

/** The options plus what only the standalone server reads. */
export interface MockConfig extends MockOptions {
  port?: number;
  host?: string;
  frameIntervalMs?: number;
}

// a provider profile stands for its quirks wherever a quirk name is accepted
const QUIRK_NAMES = [...Object.keys(QUIRKS), ...Object.keys(PROVIDER_PROFILES)] as Array<QuirkName | ProfileName>;

const positiveInt = (what: string) =>
  z.int(`expected a whole number of ${what}`).positive(`expected a whole number of ${what} above 0`);
const usd = z.number('expected a price in USD').nonnegative('expected a price in USD of 0 or more');

const modelEntry = z.union([
  z.string().min(1),
  z.strictObject({
    id: z.string().min(1),
    kind: z.enum(MODEL_KINDS).optional(),
    owned_by: z.string().optional(),
    created: z.int().nonnegative().optional(),
    dimensions: z.int().positive().optional(),
    maxOutputTokens: z.int().positive().optional(),
  }),
]);

const shape = {
  models: z.array(modelEntry).min(1, 'expected at least one model'),
  apiKeys: z.array(z.string().min(1, 'expected a non-empty key')),
  rpm: positiveInt('requests per minute'),
  tpm: positiveInt('tokens per minute'),
  quota: z.int('expected a whole number of requests').nonnegative('expected a whole number of requests, 0 or more'),
  prices: z.record(z.string(), usd),
  defaultPrice: usd,
  quirks: z.array(z.string()),
  faults: z.unknown(),
  latencyMs: z
    .number('expected milliseconds')
    .nonnegative('expected milliseconds, 0 or more')
    .max(600_000, 'expected at most 600000 ms'),
  latencyProfile: z.unknown(), // checked below, for messages that name the profiles
  tokenPrices: z.record(z.string(), z.strictObject({ input: usd, output: usd })),
  defaultTokenPrice: z.strictObject({ input: usd, output: usd }),
  maxBodyBytes: positiveInt('bytes'),
  maxUploadBytes: positiveInt('bytes'),
  script: z.array(scriptRuleJson),
  journalLimit: positiveInt('entries'),
  ledgerLimit: z.int('expected a whole number of entries').nonnegative('expected a whole number of entries, 0 or more'),
  adminKey: z.string().min(1, 'expected a non-empty key'),
  port: z
    .int('expected a port number')
    .min(0, 'expected a port from 0 to 65535')
    .max(65_535, 'expected a port from 0 to 65535'),
  host: z.string().min(1),
  frameIntervalMs: z
    .number('expected milliseconds')
    .nonnegative('expected milliseconds, 0 or more')
    .max(1_000, 'expected at most 1000 ms'),
} as const;

/** The keys a config file may hold. */
export const CONFIG_KEYS = Object.keys(shape);
const ALLOWED = CONFIG_KEYS;
const schema = z.strictObject(shape).partial();

export class MockConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'MockConfigError';
    this.problems = problems;
  }
}

/**
 * Validates a config object; throws MockConfigError listing every problem. `inProcess` options may hold
 * script rules with real RegExps (not the JSON form), which are taken as they are.
 */
export function parseMockConfig(input: unknown, { inProcess = false } = {}): MockConfig {
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new MockConfigError([
      `[conform] mock config: expected a JSON object, got ${seen(input)}. Write it as {"rpm": 60, …}.`,
    ]);
  }
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'clock' || (inProcess && key === 'script')) continue; // in-process values, not JSON
    if (!ALLOWED.includes(key)) {
      const guess = didYouMean(key, ALLOWED);
      problems.push(
        `[conform] mock config: unknown key "${key}"${guess ? ` — did you mean "${guess}"?` : '.'} Allowed: ${ALLOWED.join(', ')}.`,
      );
    } else known[key] = value;
  }
  const result = schema.safeParse(known);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = formatPath(issue.path);
      problems.push(`[conform] mock config: "${path}" ${issue.message}, got ${seen(valueAt(known, issue.path))}.`);
    }
  }
  const quirks = Array.isArray(known.quirks) ? known.quirks : [];
  quirks.forEach((q, i) => {
    if (typeof q === 'string' && !(QUIRK_NAMES as string[]).includes(q)) {
      const guess = didYouMean(q, QUIRK_NAMES);
      problems.push(
        `[conform] mock config: unknown quirk "${q}" at quirks[${i}]${guess ? ` — did you mean "${guess}"?` : '.'} See \`conform mock --help\` for the list.`,
      );
    }
  });
  if (known.latencyProfile !== undefined) problems.push(...latencyProblems(known.latencyProfile));
  if (known.faults !== undefined) {
    const faults = validateFaults(known.faults as FaultSpec | string, 'the mock config (faults)');
    if (!faults.ok) problems.push(faults.message);
  }
  if (problems.length > 0) throw new MockConfigError(problems);
  const data = result.data!;
  const { clock, script } = input as MockOptions;
  return {
    ...(inProcess && script ? { script } : {}),
    ...(data as Omit<MockConfig, 'script' | 'quirks'>),
    ...(data.quirks ? { quirks: data.quirks as Array<QuirkName | ProfileName> } : {}),
    ...(data.script ? { script: data.script.map(ruleFromJson) } : {}),
    ...(clock ? { clock } : {}),
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function seen(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function latencyProblems(value: unknown): string[] {
  const names = Object.keys(LATENCY_PROFILES);
  const badName = (name: unknown, at: string) => {
    const guess = typeof name === 'string' ? didYouMean(name, names) : undefined;
    return `[conform] mock config: "${at}" expected a latency profile name (${names.join(', ')}), got ${seen(name)}${guess ? ` — did you mean "${guess}"?` : '.'}`;
  };
  if (typeof value === 'string') return names.includes(value) ? [] : [badName(value, 'latencyProfile')];
  const result = latencyProfileJson.safeParse(value);
  const out = result.success
    ? []
    : result.error.issues.map(
        (i) =>
          `[conform] mock config: "${formatPath(['latencyProfile', ...i.path])}" ${i.message}, got ${seen(valueAt(value, i.path))}.`,
      );
  const profile = (value as { profile?: unknown } | null)?.profile;
  if (profile !== undefined && !names.includes(profile as string)) out.push(badName(profile, 'latencyProfile.profile'));
  return out;
}
