// Options of createMock(), and their resolved form with every default filled in.
import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import { DEFAULT_MODELS, modelFromId, type MockModel } from './catalog.ts';
import type { ScriptRule } from './script.ts';
import type { QuirkName } from './types.ts';
import { PROVIDER_PROFILES, isProfile, type ProfileName } from './quirks/profiles.ts';
import type { FaultSpec } from './faults/index.ts';
import { MAX_UPLOAD_BYTES } from './audio/formats.ts';
import { resolveLatencyProfile, type LatencyProfile, type LatencyProfileInput } from './latency/profile.ts';

export interface MockOptions {
  /** replaces the default catalog; a bare id gets its kind from its name ("embed" → embedding) */
  models?: Array<string | (Partial<MockModel> & { id: string })>;
  /** when non-empty, requests need `Authorization: Bearer <one of these>`; by default any key, or none, is accepted */
  apiKeys?: string[];
  /** requests per minute, per API key */
  rpm?: number;
  /** tokens per minute, per API key */
  tpm?: number;
  /** metered requests allowed per API key before 429 insufficient_quota */
  quota?: number;
  /** USD per request, by model id */
  prices?: Record<string, number>;
  /** USD per request for models without a price */
  defaultPrice?: number;
  /** quirks or provider profiles (`ollama`, `vllm`…) applied to every request (add more per request with `x-conform-quirks`) */
  quirks?: Array<QuirkName | ProfileName>;
  /** fault specs applied to every request (add more per request with `x-conform-fault`); see mock/core/faults */
  faults?: FaultSpec | string;
  /** delay before every answer, in milliseconds */
  latencyMs?: number;
  /** a latency profile for generated answers: a name (`demo`, `reference`…) or its fields (mock/core/latency) */
  latencyProfile?: LatencyProfileInput;
  /** USD per 1M input and output tokens, by model id: the ledger prices every request this way too */
  tokenPrices?: Record<string, TokenPrice>;
  /** USD per 1M tokens for models without token prices */
  defaultTokenPrice?: TokenPrice;
  /** larger request bodies get 413 */
  maxBodyBytes?: number;
  /** the body limit of file uploads (multipart: audio transcriptions and translations), past the API's own 25 MiB */
  maxUploadBytes?: number;
  /** scripted replies installed at start */
  script?: ScriptRule[];
  /** journal entries kept (oldest dropped first; bodies past 1 MiB are kept as their prefix, 64 MiB in all) */
  journalLimit?: number;
  /** ledger entries kept (oldest dropped first; the totals stay exact); 0 keeps the totals only */
  ledgerLimit?: number;
  /** the key the admin API (/_conform/…) needs; by default the API keys, or none when there are none */
  adminKey?: string;
  clock?: Clock;
}

export interface ResolvedOptions {
  models: MockModel[];
  apiKeys: ReadonlySet<string>;
  rpm: number;
  tpm: number;
  quota: number;
  prices: Record<string, number>;
  defaultPrice: number;
  /** the quirks in force, provider profiles expanded */
  quirks: QuirkName[];
  faults: FaultSpec | string | undefined;
  latencyMs: number;
  latencyProfile: LatencyProfile | undefined;
  tokenPrices: Record<string, TokenPrice>;
  defaultTokenPrice: TokenPrice;
  maxBodyBytes: number;
  maxUploadBytes: number;
  script: ScriptRule[];
  journalLimit: number;
  ledgerLimit: number;
  adminKey: string | undefined;
  clock: Clock;
}

// generous defaults: app test suites should never trip a limit they did not ask for
export const DEFAULTS = {
  rpm: 1_000_000,
  tpm: 1_000_000_000,
  quota: Infinity,
  defaultPrice: 0.002,
  latencyMs: 0,
  // gpt-4o-mini's launch prices, per 1M tokens: a plausible default, not a quote
  defaultTokenPrice: { input: 0.15, output: 0.6 },
  maxBodyBytes: 16 * 1024 * 1024,
  // the API's 25 MiB file limit plus room for the form around it, so a 25 MiB + 1 byte file meets the API's 413
  maxUploadBytes: MAX_UPLOAD_BYTES + 1024 * 1024,
  journalLimit: 10_000,
  ledgerLimit: 10_000,
} as const;

export function resolveOptions(o: MockOptions): ResolvedOptions {
  return {
    models: o.models
      ? o.models.map((m) => (typeof m === 'string' ? modelFromId(m) : { ...modelFromId(m.id), ...m }))
      : [...DEFAULT_MODELS],
    apiKeys: new Set(o.apiKeys ?? []),
    rpm: o.rpm ?? DEFAULTS.rpm,
    tpm: o.tpm ?? DEFAULTS.tpm,
    quota: o.quota ?? DEFAULTS.quota,
    prices: { ...o.prices },
    defaultPrice: o.defaultPrice ?? DEFAULTS.defaultPrice,
    quirks: [...new Set((o.quirks ?? []).flatMap((q) => (isProfile(q) ? PROVIDER_PROFILES[q].quirks : [q])))],
    faults: o.faults,
    latencyMs: o.latencyMs ?? DEFAULTS.latencyMs,
    latencyProfile: o.latencyProfile === undefined ? undefined : resolveLatencyProfile(o.latencyProfile),
    tokenPrices: { ...o.tokenPrices },
    defaultTokenPrice: o.defaultTokenPrice ?? DEFAULTS.defaultTokenPrice,
    maxBodyBytes: o.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    maxUploadBytes: o.maxUploadBytes ?? DEFAULTS.maxUploadBytes,
    script: [...(o.script ?? [])],
    journalLimit: o.journalLimit ?? DEFAULTS.journalLimit,
    ledgerLimit: o.ledgerLimit ?? DEFAULTS.ledgerLimit,
    adminKey: o.adminKey,
    clock: o.clock ?? systemClock,
  };
}

export function priceOf(options: ResolvedOptions, model: string): number {
  return Object.hasOwn(options.prices, model) ? options.prices[model] : options.defaultPrice;
}

export interface TokenPrice {
  /** USD per 1M input tokens */
  input: number;
  /** USD per 1M output tokens */
  output: number;
}

/** USD of one request priced per token. */
export function tokenCostOf(
  options: ResolvedOptions,
  model: string,
  tokens: { prompt: number; completion: number },
): number {
  const p = Object.hasOwn(options.tokenPrices, model) ? options.tokenPrices[model] : options.defaultTokenPrice;
  return (tokens.prompt * p.input + tokens.completion * p.output) / 1e6;
}
