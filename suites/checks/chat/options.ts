// Request options beyond the basics: n, seed, penalties, logprobs. Each sends the control's prompt. A clean 4xx
// about the option means it is not offered (unsupported); accepting it and doing something else is a failure.
import type { Check, Grade } from '../../engine/types.ts';
import { declined, varies } from '../internal/attribution.ts';
import { exchangeOf, isObject, isTransient, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { refusal, variantJson } from './accepted.ts';
import { spelling } from './logprob-text.ts';
import { variesWithPrompt } from './premises.ts';
import { CONTROL, N, P, TOP_LOGPROBS } from './probes.ts';

export const n: Check = {
  id: 'chat.n',
  title: `n = ${N} returns ${N} choices with distinct indexes`,
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionRequest.n ("how many chat completion choices to generate")'),
  breaks: ['apps that sample several candidates in one call (they silently get one)'],
  divergences: [31, 33],
  probes: [P.n, P.basic],
  grade(t) {
    const exchange = { probe: P.n, label: 'n' };
    const r = variantJson(t, exchange, varies(CONTROL, `n = ${N}`, 'n'));
    if (!r.ok) return r.grade;
    const choices = (r.value.body as any)?.choices;
    if (!Array.isArray(choices) || choices.length !== N)
      return {
        status: 'fail',
        message: `n: ${N} must return ${N} choices, got ${Array.isArray(choices) ? choices.length : show(choices)}`,
        details: { exchange, seen: Array.isArray(choices) ? choices.length : choices },
      };
    const idx = choices.map((c) => c?.index).sort();
    if (idx.some((v, i) => v !== i))
      return {
        status: 'fail',
        message: `the ${N} choices must have indexes 0..${N - 1}, got ${show(choices.map((c) => c?.index))}`,
        details: { exchange, seen: idx },
      };
    return { status: 'pass', message: `${N} choices with indexes 0..${N - 1}` };
  },
};

export const seed: Check = {
  id: 'chat.seed',
  title: 'The same seed and parameters give the same answer',
  feature: 'chat',
  level: 'SHOULD',
  source: spec(
    'CreateChatCompletionRequest.seed ("repeated requests with the same seed and parameters should return the same result")',
  ),
  breaks: ['reproducible evaluations and cached test fixtures'],
  probes: [P.seed, P.basic],
  repeatable: true,
  grade(t, ctx) {
    const variant = varies(CONTROL, 'seed', 'seed');
    const a = variantJson(t, { probe: P.seed, label: 'first' }, variant);
    if (!a.ok) return a.grade;
    const b = variantJson(t, { probe: P.seed, label: 'second' }, variant);
    if (!b.ok) return b.grade;
    const ca = (a.value.body as any)?.choices?.[0]?.message?.content;
    const cb = (b.value.body as any)?.choices?.[0]?.message?.content;
    if (typeof ca !== 'string' || typeof cb !== 'string')
      return {
        status: 'untestable',
        message: `the seeded answers carry no text (${show(ca)}, ${show(cb)})`,
        prerequisite: P.seed,
      };
    if (ca !== cb)
      return {
        status: 'fail',
        message: `two requests with seed ${ctx.seed} should answer the same, got ${show(ca, 50)} then ${show(cb, 50)}`,
        details: { exchange: { probe: P.seed, label: 'second' }, seen: [ca, cb] },
      };
    // equal answers prove determinism only from a server whose answers depend on what is asked
    if (!variesWithPrompt(t, ca))
      return {
        status: 'inconclusive',
        message: `the server gives the same answer to every prompt (${show(ca, 50)}), so equal seeded answers prove nothing (--trials cannot help)`,
      };
    return {
      status: 'pass',
      message: `both seeded requests gave the same answer, and other prompts got others${ctx.trials > 1 ? '' : ' (one trial: --trials N repeats the pair)'}`,
    };
  },
};

export const penalties: Check = {
  id: 'chat.penalties',
  title: 'presence_penalty and frequency_penalty are accepted',
  feature: 'chat',
  level: 'SHOULD',
  source: spec('CreateChatCompletionRequest.presence_penalty, frequency_penalty (-2..2)'),
  breaks: ['apps and frameworks that send default penalties (LangChain, LlamaIndex)'],
  divergences: [33, 34],
  probes: [P.penalties, P.basic],
  grade(t): Grade {
    const exchange = { probe: P.penalties, label: 'penalties' };
    const r = exchangeOf(t, P.penalties, 'penalties');
    if (!r.ok) return r.grade;
    const s = r.value.response!.status;
    if (s >= 200 && s < 300) return { status: 'pass', message: 'penalties accepted' };
    const variant = varies(CONTROL, 'presence_penalty and frequency_penalty', 'presence_penalty', 'frequency_penalty');
    // not offering penalties is allowed (a 4xx about them); failing on them is not
    if (s >= 400 && s < 500 && !isTransient(s)) return declined(t, exchange, r.value, variant);
    return refusal(t, exchange, r.value, variant, 'valid penalties');
  },
};

function tokenProblem(e: any, where: string, top: boolean): string | undefined {
  if (!isObject(e)) return `${where} must be an object, got ${show(e)}`;
  if (typeof e.token !== 'string') return `${where}.token must be a string, got ${show(e.token)}`;
  if (typeof e.logprob !== 'number' || e.logprob > 0)
    return `${where}.logprob must be a number <= 0, got ${show(e.logprob)}`;
  if (
    e.bytes !== null &&
    !(
      Array.isArray(e.bytes) &&
      e.bytes.every((b: unknown) => Number.isInteger(b) && (b as number) >= 0 && (b as number) <= 255)
    )
  )
    return `${where}.bytes must be an array of byte values or null, got ${show(e.bytes)}`;
  if (!top) return undefined;
  if (!Array.isArray(e.top_logprobs) || e.top_logprobs.length < 1 || e.top_logprobs.length > TOP_LOGPROBS)
    return `${where}.top_logprobs must hold 1..${TOP_LOGPROBS} entries (top_logprobs: ${TOP_LOGPROBS}), got ${show(e.top_logprobs)}`;
  for (const [i, alt] of e.top_logprobs.entries()) {
    const m = tokenProblem(alt, `${where}.top_logprobs[${i}]`, false);
    if (m) return m;
  }
  return undefined;
}

export const logprobs: Check = {
  id: 'chat.logprobs',
  title: `logprobs: true with top_logprobs: ${TOP_LOGPROBS} returns well-formed token log probabilities that spell the answer`,
  feature: 'chat',
  level: 'MUST',
  source: spec(
    'ChatCompletionTokenLogprob {token, logprob, bytes ("must be combined to generate the correct text representation"), top_logprobs}',
  ),
  breaks: [
    'classifiers and confidence scoring built on logprobs (they read null or garbage)',
    'UIs that highlight tokens in the answer (they misplace them)',
  ],
  divergences: [32, 33, 34],
  probes: [P.logprobs, P.basic],
  grade(t) {
    const exchange = { probe: P.logprobs, label: 'logprobs' };
    const r = variantJson(t, exchange, varies(CONTROL, 'logprobs', 'logprobs', 'top_logprobs'));
    if (!r.ok) return r.grade;
    const choice = (r.value.body as any)?.choices?.[0];
    const lp = choice?.logprobs;
    if (!isObject(lp) || !Array.isArray(lp.content) || lp.content.length === 0)
      return {
        status: 'fail',
        message: `logprobs was accepted, so choices[0].logprobs.content must list the tokens, got ${show(lp)}`,
        details: { exchange, seen: lp ?? null },
      };
    for (const [i, e] of lp.content.entries()) {
      const m = tokenProblem(e, `choices[0].logprobs.content[${i}]`, true);
      if (m) return { status: 'fail', message: m, details: { exchange, seen: e } };
    }
    const text = choice?.message?.content;
    const spelt = typeof text === 'string' ? spelling(lp.content, text) : undefined;
    if (spelt?.problem) return { status: 'fail', message: spelt.problem, details: { exchange, seen: spelt.seen } };
    const spells = typeof text === 'string' ? `, spelling the answer${spelt?.note ? ` ${spelt.note}` : ''}` : '';
    return {
      status: 'pass',
      message: `${lp.content.length} tokens with log probabilities and ${TOP_LOGPROBS} alternatives${spells}`,
    };
  },
};
