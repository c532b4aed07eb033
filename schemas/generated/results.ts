// generated — do not edit; run npm run gen (source: schemas/results.schema.json)

export type Status = 'pass' | 'fail' | 'warn' | 'unsupported' | 'inconclusive' | 'skip' | 'untestable' | 'error';

/**
 * One run of conform: the one results model every report renders (DIR/results.json).
 */
export interface ConformResults {
  schemaVersion: 1;
  tool: {
    name: string;
    version: string;
    sdkVersion?: string;
    [k: string]: unknown;
  };
  target: {
    baseUrl: string;
    model: string;
    embeddingModel?: string | null;
    /**
     * a short name for comparison pages, e.g. the host or 'bundled mock'
     */
    label?: string;
    [k: string]: unknown;
  };
  startedAt: string;
  durationMs: number;
  /**
   * HTTP requests actually sent
   */
  requests: number;
  plannedRequests?: number;
  seed?: number;
  /**
   * the run's options (features, exclude, trials, burst, budget…), secrets left out
   */
  options?: {
    [k: string]: unknown;
  };
  summary: {
    pass: number;
    fail: number;
    warn: number;
    unsupported: number;
    /**
     * checks whose premise was not observed (absent in runs before 0.2)
     */
    inconclusive?: number;
    skip: number;
    untestable: number;
    error: number;
    /**
     * failures expected by --baseline
     */
    baselined?: number;
    [k: string]: unknown;
  };
  checks: CheckResult[];
  /**
   * probe id → transcript (request, response, SSE frames); keys redacted. Lets `conform regrade` re-grade offline.
   */
  transcripts?: {
    [k: string]: {
      [k: string]: unknown;
    };
  };
  [k: string]: unknown;
}
export interface CheckResult {
  id: string;
  title: string;
  feature: string;
  level: 'MUST' | 'SHOULD' | 'MAY';
  status: Status;
  message: string;
  /**
   * a failure listed in --baseline (does not fail the run)
   */
  baselined?: boolean;
  evidence: {
    probes: string[];
    source: {
      ref: string;
      url?: string;
      [k: string]: unknown;
    };
    breaks?: string[];
    divergences?: number[];
    issues?: Issue[];
    seen?: unknown;
    exchange?: {
      probe: string;
      label: string;
      frames?: number[];
      [k: string]: unknown;
    };
    note?: string;
    prerequisite?: string;
    trials?: {
      passed: number;
      total: number;
      low: number;
      high: number;
      flaky: boolean;
      [k: string]: unknown;
    };
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface Issue {
  path: string;
  expected: string;
  received: string;
  message: string;
  level?: 'must' | 'should';
  [k: string]: unknown;
}
