// Token limits and stop sequences: the answer is cut where the request says, and says why. Both variants send the
// control's prompt, so the control's answer shows what there was to cut: a verdict needs that premise observed.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { varies } from '../internal/attribution.ts';
import { type Need, no, show, yes } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { variantJson } from './accepted.ts';
import { controlRunsPastCap, textOf } from './premises.ts';
import { AFTER_STOP, BEFORE_STOP, CONTROL, LIMIT, P, STOP } from './probes.ts';
import { wordCount } from './usage.ts';

const ONCE = '--trials cannot help: the control is sent once per run';

function limitGrade(t: TranscriptSet, field: 'max_tokens' | 'max_completion_tokens'): Grade {
  const exchange = { probe: P.maxTokens, label: field };
  const r = variantJson(t, exchange, varies(CONTROL, `${field}: ${LIMIT}`, field));
  if (!r.ok) return r.grade;
  const body = r.value.body as any;
  const choice = body?.choices?.[0];
  const content: string = typeof choice?.message?.content === 'string' ? choice.message.content : '';
  const used = body?.usage?.completion_tokens;
  // a word is at least one token, so more words than the cap means the cap was ignored
  const words = wordCount(content);
  if (typeof used === 'number' && used > LIMIT)
    return {
      status: 'fail',
      message: `${field}: ${LIMIT} must cap the answer, but usage.completion_tokens is ${used}`,
      details: { exchange, seen: used },
    };
  if (words > LIMIT)
    return {
      status: 'fail',
      message: `${field}: ${LIMIT} must cap the answer, but it has ${words} words: ${show(content, 60)}`,
      details: { exchange, seen: content.slice(0, 200) },
    };
  if (choice?.finish_reason === 'length')
    return { status: 'pass', message: `${field}: ${LIMIT} cut the answer (${words} words, finish_reason "length")` };
  if (choice?.finish_reason !== 'stop')
    return {
      status: 'inconclusive',
      message: `finish_reason ${show(choice?.finish_reason)} says the answer ended for another reason than the cap, so the cap was not seen at work (chat.finish-reason judges the value)`,
    };
  // "stop" within the cap is right when there was nothing to cut: the control's uncapped answer says
  const premise = controlRunsPastCap(t);
  if (!premise.ok) return premise.grade;
  if (!premise.value)
    return {
      status: 'inconclusive',
      message: `finish_reason is ${show(choice?.finish_reason)}, and the control ${CONTROL.probe} (${CONTROL.label}), the same prompt without a cap, answered in ${LIMIT} tokens or fewer, so a cap of ${LIMIT} had nothing to cut (${ONCE})`,
    };
  return {
    status: 'fail',
    message: `finish_reason must be "length" when ${field}: ${LIMIT} cuts the answer (the uncapped control ran longer), got ${show(choice?.finish_reason)}`,
    details: { exchange, seen: choice?.finish_reason },
  };
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

const exchange = { probe: P.stop, label: 'stop' };

/** the stopped answer's text */
function stopAnswer(t: TranscriptSet): Need<string> {
  const r = variantJson(t, exchange, varies(CONTROL, 'stop sequences', 'stop'));
  if (!r.ok) return r;
  const content = (r.value.body as any)?.choices?.[0]?.message?.content;
  if (typeof content !== 'string')
    return no({
      status: 'untestable',
      message: `the stop probe got no text answer (content ${show(content)})`,
      prerequisite: P.stop,
    });
  return yes(content);
}

/** the premise of both stop checks: the unstopped control reached the stop sequence, the stopped answer got close */
function stopPremise(t: TranscriptSet, stopped: string): Grade | undefined {
  const control = textOf(t, CONTROL);
  if (!control.ok) return control.grade;
  if (!control.value.includes(STOP))
    return {
      status: 'inconclusive',
      message: `the control ${CONTROL.probe} (${CONTROL.label}), the same prompt without stop, never said "${STOP}" (${show(control.value, 50)}), so stopping there was not observed (${ONCE})`,
    };
  if (!stopped.includes(BEFORE_STOP))
    return {
      status: 'inconclusive',
      message: `the stopped answer never reached "${BEFORE_STOP}", which comes just before "${STOP}" (${show(stopped, 50)}), so where generation stopped was not observed`,
    };
  return undefined;
}

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
    const after = r.value.match(AFTER_STOP);
    if (after)
      return {
        status: 'fail',
        message: `generation must stop at "${STOP}", but the answer goes on to "${after[0]}": ${show(r.value, 60)}`,
        details: { exchange, seen: r.value.slice(0, 200) },
      };
    const premise = stopPremise(t, r.value);
    if (premise) return premise;
    return {
      status: 'pass',
      message: `generation stopped at "${STOP}", which the unstopped control reached: ${show(r.value, 40)}`,
    };
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
    if (r.value.includes(STOP))
      return {
        status: 'fail',
        message: `the answer must not contain the stop sequence "${STOP}": ${show(r.value, 60)}`,
        details: { exchange, seen: r.value.slice(0, 200) },
      };
    const premise = stopPremise(t, r.value);
    if (premise) return premise;
    return { status: 'pass', message: `the answer leaves out "${STOP}", which the unstopped control said` };
  },
};
