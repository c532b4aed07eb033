// What runConform accepts. The CLI parses flags and files into this; programs can pass it directly.
import type { Check, Probe } from './types.ts';
import type { FeatureTag } from '../features.ts';
import type { TransportLimits } from './transport/http.ts';

export interface RunOptions {
  /** the target; omitted: the bundled mock is started in-process, graded and closed */
  baseUrl?: string;
  apiKey?: string;
  model?: string;
  embeddingModel?: string;
  headers?: Record<string, string>;
  /** a short name for reports (default: the host, or "bundled mock") */
  label?: string;
  features?: FeatureTag[];
  exclude?: FeatureTag[];
  /** --claims: features the target claims; unclaimed → skip, claimed but unsupported → fail */
  claims?: { features: string[]; file?: string };
  /** --baseline: expected failures; one that passes is a stale entry and fails */
  baseline?: { expectedFailures: Array<string | { id: string; reason?: string }>; file?: string };
  /** hard cap on requests, preflight included */
  budget?: number;
  timeoutMs?: number;
  limits?: Partial<TransportLimits>;
  concurrency?: number;
  seed?: number;
  trials?: number;
  burst?: boolean;
  /** write DIR/results.json */
  outDir?: string;
  /** replace the registry (engine tests, experiments) */
  checks?: Check[];
  probes?: Probe[];
  /** kept in results.options as given (redacted): e.g. the cases a run graded, so `conform regrade` rebuilds them */
  savedOptions?: Record<string, unknown>;
  /** options for the bundled mock when no baseUrl is given, e.g. { quirks: ['ollama'] } */
  mock?: Record<string, unknown>;
  onProgress?: (e: ProgressEvent) => void;
}

export type ProgressEvent =
  | { type: 'target'; baseUrl: string; label: string }
  | { type: 'preflight'; ok: boolean; message?: string; models: number }
  | { type: 'planned'; planned: number; probes: number; checks: number; propertyRuns: number }
  | { type: 'probe'; id: string; done: number; total: number; requests: number; failure?: string }
  | { type: 'done'; requests: number; durationMs: number };

export const DEFAULTS = { timeoutMs: 30_000, concurrency: 4, seed: 42, trials: 1 } as const;
