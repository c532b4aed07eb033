// Token limits and stop sequences: the answer is cut where the request says, and says why.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { varies } from '../internal/attribution.ts';
import { jsonOf, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { CONTROL, LIMIT, P, STOP } from './probes.ts';

function limitGrade(t: TranscriptSet, field: 'max_tokens' | 'max_completion_tokens'): Grade {
  const r = jsonOf(t, P.maxTokens, field, varies(CONTROL, `${field}: ${LIMIT}`, field));
  if (!r.ok) return r.grade;
  const body = r.value.body as any;
  const choice = body?.choices?.[0];
  const content: string = typeof choice?.message?.content === 'string' ? choice.message.content : '';
  const used = body?.usage?.completion_tokens;
  const exchange = { probe: P.maxTokens, label: field };
  // a token is at least one word piece, so more words than tokens means the cap was ignored
  const words = content.split(/\s+/).filter(Boolean).length;
  if (typeof used === 'number' && used > LIMIT)
    return { status: 'fail', message: `${field}: ${LIMIT} must cap the answer, but usage.completion_tokens is ${used}`, details: { exchange, seen: used } };
  if (words > LIMIT)
    return { status: 'fail', message: `${field}: ${LIMIT} must cap the answer, but it has ${words} words: ${show(content, 60)}`, details: { exchange, seen: content.slice(0, 200) } };
  if (choice?.finish_reason !== 'length')
    return { status: 'fail', message: `finish_reason must be "length" when ${field}: ${LIMIT} cuts the answer, got ${show(choice?.finish_reason)}`, details: { exchange, seen: choice?.finish_reason } };
  return { status: 'pass', message: `${field}: ${LIMIT} cut the answer (${words} words, finish_reason "length")` };
}

export const maxTokens: Check = {
  id: 'chat.max-tokens',
  title: `max_tokens caps the answer and finish_reason says "length"`,
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionRequest.max_tokens; choices[].finish_reason "length"'),
  breaks: ['cost control; apps that detect truncation with finish_reason === "length"'],
  probes: [P.maxTokens, P.basic],
  grade: (t) => limitGrade(t, 'max_tokens'),
};

export const maxCompletionTokens: Check = {
  id: 'chat.max-completion-tokens',
  title: `max_completion_tokens caps the answer and finish_reason says "length"`,
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionRequest.max_completion_tokens; choices[].finish_reason "length"'),
  breaks: ['cost control in apps on current SDKs, which send max_completion_tokens'],
  probes: [P.maxTokens, P.basic],
  grade: (t) => limitGrade(t, 'max_completion_tokens'),
};

function stopAnswer(t: TranscriptSet): { ok: true; content: string } | { ok: false; grade: Grade } {
  const r = jsonOf(t, P.stop, 'stop', varies(CONTROL, 'stop sequences', 'stop'));
  if (!r.ok) return r;
  const choice = (r.value.body as any)?.choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== 'string')
    return { ok: false, grade: { status: 'untestable', message: `the stop probe got no text answer (content ${show(content)})`, prerequisite: P.stop } };
  return { ok: true, content };
}

const exchange = { probe: P.stop, label: 'stop' };

export const stopHonoured: Check = {
  id: 'chat.stop-honoured',
  title: 'Generation halts at a stop sequence',
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionRequest.stop ("up to 4 sequences where the API will stop generating")'),
  breaks: ['prompting patterns that rely on stop (ReAct "Observation:", few-shot delimiters)'],
  divergences: [37],
  probes: [P.stop, P.basic],
  grade(t) {
    const r = stopAnswer(t);
    if (!r.ok) return r.grade;
    // the prompt asks to repeat "1, 2, 3, 4, 5, 6": whatever comes after the stop sequence must not appear
    const after = r.content.match(/\b[56]\b/);
    if (after)
      return { status: 'fail', message: `generation must stop at "${STOP}", but the answer goes on to "${after[0]}": ${show(r.content, 60)}`, details: { exchange, seen: r.content.slice(0, 200) } };
    return { status: 'pass', message: `generation stopped at "${STOP}": ${show(r.content, 40)}` };
  },
};

export const stopExcluded: Check = {
  id: 'chat.stop-excluded',
  title: 'The stop sequence is not part of the answer',
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionRequest.stop ("the returned text will not contain the stop sequence")'),
  breaks: ['parsers that split on the stop sequence (they see it twice)'],
  divergences: [37],
  probes: [P.stop, P.basic],
  grade(t) {
    const r = stopAnswer(t);
    if (!r.ok) return r.grade;
    if (r.content.includes(STOP))
      return { status: 'fail', message: `the answer must not contain the stop sequence "${STOP}": ${show(r.content, 60)}`, details: { exchange, seen: r.content.slice(0, 200) } };
    return { status: 'pass', message: `the answer leaves out "${STOP}"` };
  },
};
