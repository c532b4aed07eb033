// `usage: true`: the answer reports token usage — prompt (or input) and total tokens as whole numbers.
import { isObject, show } from '../../checks/internal/read.ts';
import { fail, pass, type Outcome, type Trial } from './outcome.ts';

export function expectUsage(t: Trial): Outcome {
  const u = t.answer.usage;
  if (!isObject(u))
    return fail(
      `the answer reports no usage (usage is ${show(u)})${t.answer.streamed ? '; a stream reports it in its last chunk when stream_options.include_usage is true' : ''}`,
    );
  const input = u.prompt_tokens ?? u.input_tokens;
  const bad = [
    ['prompt_tokens', input],
    ['total_tokens', u.total_tokens],
  ].find(([, v]) => !Number.isInteger(v) || (v as number) < 0);
  if (bad) return fail(`usage.${bad[0]} is ${show(bad[1])}, not a whole number`, { seen: u });
  return pass(`usage ${u.total_tokens} tokens`);
}
