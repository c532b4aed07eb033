// Test fakes for the engine's own tests: tiny checks and transcripts (not used at run time).
import type { Check, Grade, RunContext, Transcript } from '../types.ts';

export const fakeCtx = (over: Partial<RunContext> = {}): RunContext => ({
  baseUrl: 'http://127.0.0.1:1/v1',
  model: 'm',
  models: ['m'],
  seed: 42,
  trials: 1,
  burst: false,
  propertyRuns: 6,
  sdk: { name: 'openai-node', version: '6.49.0', major: 6 },
  headers: {},
  ...over,
});

export const fakeTranscript = (probeId: string, over: Partial<Transcript> = {}): Transcript => ({
  probeId,
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
  exchanges: [],
  sdk: [],
  ...over,
});

export const fakeCheck = (id: string, grade: Check['grade'] | Grade, over: Partial<Check> = {}): Check => ({
  id,
  title: `title of ${id}`,
  feature: 'chat',
  level: 'MUST',
  source: { ref: 'spec: test' },
  probes: ['p.one'],
  grade: typeof grade === 'function' ? grade : () => grade,
  ...over,
});
