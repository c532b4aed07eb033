// generated — do not edit; run npm run gen (source: schemas/perf.schema.json)

/**
 * One run of conform perf (DIR/perf.json): latency per load level, cold starts, cost under each pricing model, SLO verdicts. Times in ms on one monotonic clock; latency counts from the intended send time.
 */
export interface ConformPerf {
  schemaVersion: 1;
  kind: 'perf';
  tool: {
    name: string;
    version: string;
    [k: string]: unknown;
  };
  target: {
    baseUrl: string;
    model: string;
    /**
     * a short name for comparison pages, e.g. the host or 'bundled mock (demo profile)'
     */
    label?: string;
    [k: string]: unknown;
  };
  startedAt: string;
  durationMs: number;
  seed: number;
  /**
   * the run's options as given (levels, requests, idle gaps, prices, SLOs, budget), secrets left out
   */
  options?: {
    [k: string]: unknown;
  };
  /**
   * HTTP requests: planned before the run, sent (every attempt, retries and probes included), the --budget cap
   */
  requests: {
    planned: number;
    sent: number;
    budget?: number;
    /**
     * planned requests not sent because the budget ran out
     */
    cutByBudget?: number;
    [k: string]: unknown;
  };
  /**
   * promptTokens and outputTokens per successful request (server usage, else the estimate); maxTokens as the workload asked
   */
  workload: {
    source: 'synthetic' | 'file';
    file?: string;
    /**
     * distinct requests in the workload (replayed in a seeded order)
     */
    items: number;
    promptTokens: Stats;
    outputTokens?: Stats;
    maxTokens: Stats;
    /**
     * successful requests whose tokens were estimated (no usage in the answer): ceil(characters / 4)
     */
    tokensEstimated: number;
    [k: string]: unknown;
  };
  levels: Level[];
  /**
   * warm: TTFT of the warm requests sent right after each probe, without connection time
   */
  coldStart: {
    probes: {
      /**
       * idle time before the probe; null for the first request of the run
       */
      idleMs: number | null;
      ok: boolean;
      ttftMs?: number;
      e2eMs?: number;
      /**
       * the part of ttftMs spent opening a new connection (TCP, and TLS for https): left out of cold and addedMs
       */
      connectMs?: number;
      /**
       * first-after-idle TTFT above the warm p99, both without connection time
       */
      cold?: boolean;
      /**
       * TTFT minus the warm p50, both without connection time
       */
      addedMs?: number;
      [k: string]: unknown;
    }[];
    warm: Stats;
    detected: boolean;
    [k: string]: unknown;
  };
  cost: {
    models: CostModel[];
    crossovers: {
      flat: string;
      tokens: string;
      /**
       * prompt length (tokens) above which the flat price is cheaper, at this workload's mean output and attempts per request; null: never
       */
      promptTokens: number | null;
      /**
       * the mean output tokens the crossover assumes
       */
      outputTokens: number;
      note: string;
      [k: string]: unknown;
    }[];
    [k: string]: unknown;
  };
  slos: {
    /**
     * as given, e.g. ttft-p99=800ms
     */
    spec: string;
    passed: boolean;
    worstLevel?: string;
    worstValue?: number;
    threshold?: number;
    message: string;
    [k: string]: unknown;
  }[];
  warnings?: string[];
  [k: string]: unknown;
}
/**
 * exact percentiles (linear interpolation, NumPy's default); absent when n = 0
 */
export interface Stats {
  n: number;
  mean?: number;
  min?: number;
  p50?: number;
  p90?: number;
  p99?: number;
  max?: number;
  [k: string]: unknown;
}
/**
 * One load level. ttft: first output chunk − intended send; e2e: last output chunk − intended send; tpot: (last − first output chunk) / (output tokens − 1), requests with ≥ 2 tokens; itl: gaps between output chunks, pooled; queue: actual − intended send; perRequestTokensPerSecond: 1 / TPOT; retryAfterMs: Retry-After of the 429s.
 */
export interface Level {
  /**
   * with --goodput: requests that succeeded and met every per-request objective, their share of the level's requests, and per second over the level's window
   */
  goodput?: {
    good: number;
    share: number;
    perSecond: number;
    [k: string]: unknown;
  };
  /**
   * c4 (closed loop, 4 in flight) or r2 (open loop, 2 requests/s)
   */
  id: string;
  mode: 'closed' | 'open';
  concurrency?: number;
  /**
   * planned arrivals per second (Poisson)
   */
  rate?: number;
  /**
   * sends per second actually made
   */
  achievedRate?: number;
  /**
   * logical requests (a request and its retries count once)
   */
  requests: number;
  /**
   * HTTP requests sent, retries included
   */
  attempts: number;
  ok: number;
  /**
   * requests that failed after their retries
   */
  failed: number;
  /**
   * attempts by HTTP status; 'network' and 'timeout' for no status
   */
  byStatus: {
    [k: string]: number;
  };
  retryAfterMs?: Stats;
  /**
   * first intended send to last end
   */
  windowMs: number;
  requestsPerSecond: number;
  /**
   * Σ output tokens of successful requests / window
   */
  outputTokensPerSecond: number;
  perRequestTokensPerSecond?: Stats;
  ttft: Stats;
  e2e: Stats;
  tpot: Stats;
  itl: Stats;
  queue: Stats;
  tokensPerChunk?: number;
  /**
   * open loop: sends more than 10 ms behind schedule
   */
  lateSends?: number;
  /**
   * quantile points [ms, fraction] for the plots, at most 101 each
   */
  cdf: {
    ttft: number[][];
    e2e: number[][];
    [k: string]: unknown;
  };
  /**
   * TTFT of every successful request (at most 2000, evenly kept), for the histogram
   */
  ttftValues?: number[];
  [k: string]: unknown;
}
/**
 * perRequest: USD per logical request, its retries included
 */
export interface CostModel {
  name: string;
  kind: 'flat' | 'tokens';
  /**
   * flat: USD per billed request
   */
  perRequestPrice?: number;
  /**
   * tokens: USD per 1M input tokens
   */
  inputPerM?: number;
  outputPerM?: number;
  cachedInputPerM?: number;
  /**
   * USD for the whole measured workload
   */
  total: number;
  perRequest: Stats;
  /**
   * USD per 1,000 requests (mean × 1000)
   */
  per1k: number;
  /**
   * attempts billed: every attempt under flat pricing, attempts with tokens under per-token
   */
  billedRequests: number;
  [k: string]: unknown;
}
