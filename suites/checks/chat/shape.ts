// The chat completion body against the schema, at MUST level (what openai-node and typed clients need) and at
// SHOULD level (the full spec shape).
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { shapeGrade } from '../internal/schema.ts';
import { spec } from '../internal/sources.ts';
import { CHAT_PROBES } from './probes.ts';
import { chatResponses } from './responses.ts';

function gradeShape(t: TranscriptSet, level: 'must' | 'should'): Grade {
  const r = chatResponses(t);
  if (!r.ok) return r.grade;
  const notJson = r.items.find((i) => !i.parsed.ok);
  if (notJson && level === 'must')
    return {
      status: 'fail',
      message: `a chat completion body must be JSON: ${notJson.probe} "${notJson.label}" sent ${JSON.stringify(notJson.ex.response!.body.slice(0, 60))}`,
      details: { exchange: { probe: notJson.probe, label: notJson.label } },
    };
  const items = r.items
    .filter((i) => i.parsed.ok)
    .map((i) => ({ value: i.body, where: `${i.probe} "${i.label}"`, exchange: { probe: i.probe, label: i.label } }));
  return shapeGrade('chat-completion-response', level, items, 'chat completions');
}

export const responseShape: Check = {
  id: 'chat.response-shape',
  title: 'The chat completion has the fields clients rely on',
  feature: 'chat',
  level: 'MUST',
  source: spec('CreateChatCompletionResponse'),
  breaks: ['openai-node and typed clients (fields read unconditionally: choices[].message, finish_reason, id)'],
  divergences: [17],
  probes: CHAT_PROBES,
  grade: (t) => gradeShape(t, 'must'),
};

export const responseShapeShould: Check = {
  id: 'chat.response-shape-full',
  title: 'The chat completion matches the full spec shape (refusal, logprobs keys…)',
  feature: 'chat',
  level: 'SHOULD',
  source: spec('CreateChatCompletionResponse'),
  breaks: ['strictly generated clients (e.g. openai-go, openai-dotnet) that require every spec key'],
  divergences: [9, 15, 16, 17],
  probes: CHAT_PROBES,
  grade: (t) => gradeShape(t, 'should'),
};
