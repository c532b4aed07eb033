// Test fakes for the engine's own tests: tiny checks and transcripts (not used at run time).
import type { Check, Grade, Probe, RunContext, Transcript, TranscriptSet } from '../types.ts';

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

/** three probes (raw JSON, raw stream, SDK) and one check each that passes on a 2xx answer */
export function fakeSuite(): { probes: Probe[]; checks: Check[] } {
  const chat = (ctx: RunContext, stream: boolean) => ({
    model: ctx.model,
    messages: [{ role: 'user', content: 'Say hi' }],
    stream,
  });
  const probes: Probe[] = [
    {
      id: 'fake.json',
      feature: 'chat',
      title: 'raw chat',
      cost: () => 1,
      run: async (io) => void (await io.wire({ label: 'json', path: '/chat/completions', json: chat(io.ctx, false) })),
    },
    {
      id: 'fake.stream',
      feature: 'streaming',
      title: 'raw stream',
      cost: () => 1,
      run: async (io) =>
        void (await io.wire({ label: 'sse', path: '/chat/completions', json: chat(io.ctx, true), stream: true })),
    },
    {
      id: 'fake.sdk',
      feature: 'chat',
      title: 'sdk chat',
      cost: () => 1,
      run: async (io) =>
        void (await io.sdk('create', (c) =>
          c.chat.completions.create({ model: io.ctx.model, messages: [{ role: 'user', content: 'Say hi' }] }),
        )),
    },
  ];
  const ok =
    (probe: string) =>
    (t: TranscriptSet): Grade => {
      const ex = t[probe].exchanges[0];
      if (ex?.error) return { status: 'fail', message: `${ex.error.kind}: ${ex.error.message}` };
      const status = ex?.response?.status ?? 0;
      return status >= 200 && status < 300 ? { status: 'pass' } : { status: 'fail', message: `status ${status}` };
    };
  const checks: Check[] = probes.map((p) =>
    fakeCheck(`${p.id}.answers`, ok(p.id), { probes: [p.id], feature: p.feature }),
  );
  return { probes, checks };
}
