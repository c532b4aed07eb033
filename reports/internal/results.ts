// The results model as reports see it: a local mirror of schemas/results.schema.json until the schemas
// engineer's generated types land in schemas/generated/ (then this file re-exports those).
import type { Issue, Level, Status, Transcript } from '../../suites/engine/types.ts';

export type { Issue, Level, Status, Transcript };

export interface CheckEvidence {
  probes: string[];
  source: { ref: string; url?: string };
  breaks?: string[];
  divergences?: number[];
  issues?: Issue[];
  seen?: unknown;
  exchange?: { probe: string; label: string; frames?: number[] };
  note?: string;
  prerequisite?: string;
  trials?: { passed: number; total: number; low: number; high: number; flaky: boolean };
}

export interface CheckResult {
  id: string;
  title: string;
  feature: string;
  level: Level;
  status: Status;
  message: string;
  baselined?: boolean;
  evidence: CheckEvidence;
}

export interface Summary {
  pass: number;
  fail: number;
  warn: number;
  unsupported: number;
  skip: number;
  untestable: number;
  error: number;
  baselined?: number;
}

export interface Results {
  schemaVersion: 1;
  tool: { name: string; version: string; sdkVersion?: string };
  target: { baseUrl: string; model: string; embeddingModel?: string | null; label?: string };
  startedAt: string;
  durationMs: number;
  requests: number;
  plannedRequests?: number;
  seed?: number;
  options?: Record<string, unknown>;
  summary: Summary;
  checks: CheckResult[];
  /** probe id → transcript; typed loosely by the schema, shaped by suites/engine/types.ts */
  transcripts?: Record<string, object>;
}

/** The transcript of a probe, if the run kept it. */
export function transcriptOf(results: Results, probe: string): Transcript | undefined {
  const t = results.transcripts?.[probe];
  return t && typeof t === 'object' ? (t as Transcript) : undefined;
}
