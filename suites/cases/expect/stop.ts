// `stop: true`: no stop sequence of the request appears in the answer. The premise is that one would have: the
// same request without `stop` (the control) must contain a stop sequence, else the case is inconclusive.
import { errorText, isObject } from '../../checks/internal/read.ts';
import { answerOf } from '../answer.ts';
import { fail, inconclusive, pass, type Outcome, type Trial } from './outcome.ts';

export function stopsOf(body: unknown): string[] {
  const stop = isObject(body) ? body.stop : undefined;
  return [stop ?? []].flat().filter((s): s is string => typeof s === 'string' && s !== '');
}

export function expectStop(t: Trial, path: string): Outcome {
  const stops = stopsOf(t.body);
  const text = t.answer.content ?? '';
  const leaked = stops.find((s) => text.includes(s));
  if (leaked !== undefined)
    return fail(`the answer contains the stop sequence ${JSON.stringify(leaked)}; it must end before it`, {
      seen: text.slice(Math.max(0, text.indexOf(leaked) - 40), text.indexOf(leaked) + leaked.length + 20),
    });
  const control = t.control?.response;
  if (!control || control.status < 200 || control.status >= 300) {
    const why = control ? `answered ${control.status}: ${errorText(t.control!)}` : 'got no answer';
    return inconclusive(`the control request without \`stop\` ${why}, so honouring stop cannot be observed`);
  }
  const unstopped = answerOf(t.control!, path).content ?? '';
  if (!stops.some((s) => unstopped.includes(s)))
    return inconclusive(
      `without \`stop\` the answer contains none of ${JSON.stringify(stops)}, so honouring it cannot be observed; pick a stop sequence the answer contains (--trials N may help if answers vary)`,
    );
  return pass(`stop ${JSON.stringify(stops)} honoured`);
}
