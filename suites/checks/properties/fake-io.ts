// A ProbeIO over an in-process handler, recording a transcript the way the engine does (tests only).
import type { Exchange, ProbeIO, RunContext, Transcript, WireRequest } from '../../engine/types.ts';

export type Handler = (body: Record<string, unknown>) => { status: number; body: unknown };

export function fakeIO(ctx: RunContext, handler: Handler): { io: ProbeIO; transcript: Transcript } {
  const transcript: Transcript = {
    probeId: 'fake',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 0,
    exchanges: [],
    sdk: [],
    notes: [],
  };
  const io: ProbeIO = {
    ctx,
    async wire(req: WireRequest) {
      const sent = req.rawBody ?? JSON.stringify(req.json);
      const answer = handler(JSON.parse(sent) as Record<string, unknown>);
      const text = JSON.stringify(answer.body);
      const ex: Exchange = {
        label: req.label,
        via: 'wire',
        request: {
          method: req.method ?? 'GET',
          url: `${ctx.baseUrl}${req.path}`,
          headers: { authorization: 'Bearer [redacted]' },
          body: sent,
        },
        response: {
          status: answer.status,
          headers: { 'content-type': 'application/json' },
          body: text,
          bodyBytes: text.length,
          ttfbMs: 1,
          totalMs: 1,
        },
      };
      transcript.exchanges.push(ex);
      return ex;
    },
    async sdk() {
      throw new Error('fakeIO: no SDK in property tests');
    },
    note(text) {
      transcript.notes!.push(text);
    },
  };
  return { io, transcript };
}
