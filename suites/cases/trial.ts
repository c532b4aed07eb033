// One answer against every expectation of its case. The status comes first: a wrong status is the one failure
// (the rest would only repeat it). An expected error status is graded by status, schema and latency only.
import type { Case } from '../../schemas/generated/cases.ts';
import type { Exchange } from '../engine/types.ts';
import { answerOf } from './answer.ts';
import { expectContent } from './expect/content.ts';
import { expectFinishReason } from './expect/finish-reason.ts';
import { expectLatency } from './expect/latency.ts';
import { fail, type Outcome, type Trial } from './expect/outcome.ts';
import { expectSchema } from './expect/schema.ts';
import { expectStatus } from './expect/status.ts';
import { expectStop } from './expect/stop.ts';
import { expectStream } from './expect/stream.ts';
import { expectToolCall } from './expect/tool-call.ts';
import { expectUsage } from './expect/usage.ts';

export function gradeTrial(c: Case, ex: Exchange, control?: Exchange): Outcome {
  if (!ex.response) {
    const why = ex.error ? `${ex.error.kind}: ${ex.error.message}` : 'no response';
    return fail(`no HTTP answer (${why})`);
  }
  const t: Trial = { answer: answerOf(ex, c.request.path), ex, body: c.request.body, control };
  const e = c.expect ?? {};
  const status = expectStatus(e.status, t);
  if (status.status !== 'pass') return status;
  const ok = t.answer.status >= 200 && t.answer.status < 300;
  const outcomes: Outcome[] = [status];
  if (e.schema) outcomes.push(expectSchema(e.schema, t));
  if (ok) {
    if (e.stream) outcomes.push(expectStream(t));
    if (e.finishReason !== undefined) outcomes.push(expectFinishReason(e.finishReason, t));
    if (e.toolCall) outcomes.push(expectToolCall(e.toolCall, t));
    if (e.content) outcomes.push(expectContent(e.content, t));
    if (e.stop) outcomes.push(expectStop(t, c.request.path));
    if (e.usage) outcomes.push(expectUsage(t));
  }
  if (e.latencyMs) outcomes.push(expectLatency(e.latencyMs, t));
  return combine(outcomes);
}

/** every failure is named; a case with none but an unobserved premise is inconclusive */
export function combine(outcomes: Outcome[]): Outcome {
  const failed = outcomes.filter((o) => o.status === 'fail');
  if (failed.length > 0) {
    const issues = failed.flatMap((o) => o.issues ?? []);
    return {
      status: 'fail',
      message: failed.map((o) => o.message).join('; '),
      ...(issues.length ? { issues } : {}),
      ...(failed[0].seen !== undefined ? { seen: failed[0].seen } : {}),
    };
  }
  const open = outcomes.filter((o) => o.status === 'inconclusive');
  if (open.length > 0) return { status: 'inconclusive', message: open.map((o) => o.message).join('; ') };
  return { status: 'pass', message: outcomes.map((o) => o.message).join(', ') };
}
