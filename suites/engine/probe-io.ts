// The ProbeIO a probe receives: raw requests and real-SDK calls, all recorded into its transcript and
// all drawn from its allowance. Nothing here throws for an HTTP or network failure: that is evidence.
import OpenAI from 'openai';
import type { Exchange, ProbeIO, RunContext, SdkOutcome, Transcript, WireRequest } from './types.ts';
import { type Allowance, BudgetRefusal, TargetDead } from './budget.ts';
import { INVALID_KEY, noteHealth, type Session } from './session.ts';
import { sendRecorded } from './transport/http.ts';
import { runSdkCall } from './sdk-call.ts';

export function createProbeIO(
  session: Session,
  ctx: RunContext,
  transcript: Transcript,
  allowance: Allowance,
): ProbeIO {
  const t0 = performance.now();
  const since = () => Math.round(performance.now() - t0);
  return {
    ctx,
    async wire(req: WireRequest): Promise<Exchange> {
      if (session.health.dead) throw new TargetDead(session.health.dead);
      const refusal = allowance.take();
      if (refusal) throw new BudgetRefusal(refusal);
      const headers: Record<string, string> = {
        accept: req.stream ? 'text/event-stream' : 'application/json',
        ...ctx.headers,
      };
      const auth = req.auth ?? 'default';
      if (auth !== 'none') headers.authorization = `Bearer ${auth === 'invalid' ? INVALID_KEY : session.apiKey}`;
      let body: string | undefined;
      if (req.rawBody !== undefined) body = req.rawBody;
      else if (req.json !== undefined) body = JSON.stringify(req.json);
      if (body !== undefined) headers['content-type'] = 'application/json';
      Object.assign(headers, req.headers);
      session.sent.count++;
      const sentAtMs = since();
      const { exchange } = await sendRecorded(
        {
          label: req.label,
          via: 'wire',
          method: req.method ?? (body === undefined ? 'GET' : 'POST'),
          url: session.baseUrl + req.path,
          headers,
          body,
          stream: req.stream ?? false,
        },
        session.limits,
        session.redactor,
      );
      exchange.sentAtMs = sentAtMs;
      transcript.exchanges.push(exchange);
      noteHealth(session, exchange);
      return exchange;
    },
    async sdk<T>(
      label: string,
      fn: (client: OpenAI) => Promise<T>,
      opts?: { maxRetries?: number; auth?: 'default' | 'invalid' },
    ): Promise<SdkOutcome> {
      const outcome = await runSdkCall(
        session,
        ctx,
        transcript,
        allowance,
        since,
        label,
        fn as (c: OpenAI) => Promise<unknown>,
        opts,
      );
      transcript.sdk.push(outcome);
      return outcome;
    },
    note(text: string) {
      (transcript.notes ??= []).push(session.redactor.text(text));
    },
  };
}
