// `finishReason`: the first choice's finish_reason (the Responses API: the response's status).
import { show } from '../../checks/internal/read.ts';
import { fail, pass, type Outcome, type Trial } from './outcome.ts';

export function expectFinishReason(want: string | string[], t: Trial): Outcome {
  const got = t.answer.finishReason;
  const allowed = [want].flat();
  if (typeof got === 'string' && allowed.includes(got)) return pass(`finish_reason ${got}`);
  return fail(`finish_reason is ${show(got)}; expected ${allowed.map((w) => JSON.stringify(w)).join(' or ')}`, {
    seen: got ?? null,
  });
}
