// What one perf run does. The CLI builds this from flags; tests build it directly.
import type { LatencyProfileInput } from '../../mock/core/latency/profile.ts';
import type { Pricing } from './pricing.ts';
import type { Slo } from './slo.ts';
import type { Goodput } from './goodput.ts';
import type { SyntheticShape, WorkItem } from './workload.ts';

export interface PerfProgress {
  elapsedMs: number;
  done: number;
  planned: number;
  level: string;
}

export type PerfApi = 'chat' | 'responses';

export interface PerfOptions {
  /** API root; absent: the bundled mock with `mockProfile` */
  baseUrl?: string;
  apiKey?: string;
  headers?: Record<string, string>;
  model?: string;
  /** the endpoint measured: chat completions (default) or the Responses API, both streamed */
  api?: PerfApi;
  /** closed-loop levels (requests in flight) */
  concurrency: number[];
  /** open-loop levels (Poisson arrivals per second) */
  rates: number[];
  /** requests per level (ignored when durationMs is set) */
  requests: number;
  /** time per level instead of a count: closed loop runs this long, open loop sends rate × duration */
  durationMs?: number;
  /** warm-up requests before the levels, excluded from every figure */
  warmup: number;
  /** cold-start probes: one idle gap each (ms), then `warmFollowUps` requests back to back */
  idleMs: number[];
  warmFollowUps: number;
  workload: { items: WorkItem[]; source: 'synthetic' | 'file'; file?: string } | { shape: SyntheticShape };
  pricing: Pricing[];
  slos: Slo[];
  /** per-request objectives for each level's goodput */
  goodput?: Goodput;
  budget?: number;
  retries: number;
  timeoutMs: number;
  /** bytes read per response at most */
  maxResponseBytes: number;
  /** open loop: sends in flight at most (bounds memory when an endpoint stops answering) */
  maxInFlight: number;
  seed: number;
  /** the bundled mock's latency profile (no baseUrl) */
  mockProfile?: LatencyProfileInput;
  onProgress?: (p: PerfProgress) => void;
  /** told once, before anything is sent */
  onPlan?: (plan: { requests: number; estimateMs: number | undefined; knownMs: number; levels: string[] }) => void;
}
