// Rules every strict structured answer follows, graded over the basic probe and all grid cells.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { clip } from '../internal/read.ts';
import { gradeEach, type Verdict } from '../internal/grade.ts';
import { where, type Source } from '../internal/read.ts';
import { jsonContentProblem } from '../internal/json-content.ts';
import { issueLines, jsonSchemaIssues } from '../internal/json-schema-issues.ts';
import {
  ANSWER_SOURCES,
  BASIC_SOURCE,
  rootGrade,
  SCHEMA_BY_PROBE,
  serverError,
  structuredOf,
  type StructuredAnswer,
  withControls,
} from './read-answer.ts';
import { guide, spec } from '../internal/sources.ts';

const probes = withControls(ANSWER_SOURCES.map((s) => s.probe));

/** a check over the structured answers runs only when the basic strict request was answered (one cause, one failure) */
const rooted =
  (grade: (t: TranscriptSet) => Grade) =>
  (t: TranscriptSet): Grade =>
    rootGrade(t) ?? grade(t);
const failAt = (src: Source, message: string, seen: unknown): Verdict => ({
  ok: false,
  grade: {
    status: 'fail',
    message: `${where(src)}: ${message}`,
    details: { seen, exchange: { probe: src.probe, label: src.label } },
  },
});

/** Refusals are reported by no-refusal; the other shared checks skip those answers instead of failing them. */
const unlessRefused =
  (judge: (a: StructuredAnswer, src: Source) => Verdict) =>
  (a: StructuredAnswer, src: Source): Verdict =>
    a.content.kind === 'refusal' ? { ok: 'n/a' } : judge(a, src);
/** a refusal is allowed and graded by no-refusal (a SHOULD): nothing left to judge fails nothing (dependency rule) */
const REFUSED_ALL = {
  status: 'inconclusive' as const,
  message:
    'every structured answer was a refusal, so there is no JSON to judge (structured-outputs.no-refusal grades the refusals)',
};

export const contentString: Check = {
  id: 'structured-outputs.content-string',
  title: 'a structured answer is a JSON string in message.content (no fences, no prose)',
  feature: 'structured-outputs',
  level: 'MUST',
  source: spec('ChatCompletionResponseMessage.content (string); guide: structured outputs'),
  breaks: ['JSON.parse(message.content); openai-node parse() throws a SyntaxError'],
  divergences: [36],
  probes,
  grade: rooted((t) =>
    gradeEach(
      t,
      ANSWER_SOURCES,
      structuredOf,
      unlessRefused((a, src) => {
        const problem = jsonContentProblem(a.content);
        return problem ? failAt(src, problem, a.message.content) : { ok: true, judged: 1 };
      }),
      (n) => `${n} structured answers: bare JSON strings`,
      REFUSED_ALL,
    ),
  ),
};

export const schemaValid: Check = {
  id: 'structured-outputs.schema-valid',
  title: 'strict json_schema output validates against the schema',
  feature: 'structured-outputs',
  level: 'MUST',
  source: spec('ResponseFormatJsonSchema.json_schema.strict ("the model will always follow the exact schema")'),
  breaks: ['typed clients (zodResponseFormat, pydantic) that trust strict mode'],
  divergences: [33, 36],
  probes: withControls([BASIC_SOURCE.probe]),
  repeatable: true,
  grade(t) {
    // the root of the structured checks: a 5xx to a valid strict schema fails here once, and only here
    const crash = serverError(t, BASIC_SOURCE);
    if (crash)
      return {
        status: 'fail',
        message: `${where(BASIC_SOURCE)}: a valid strict json_schema request was answered ${crash.status} (${crash.text}). Answer it, or refuse it with a 400 naming response_format`,
        details: { seen: crash.status, exchange: BASIC_SOURCE },
      };
    return gradeEach(
      t,
      [BASIC_SOURCE],
      structuredOf,
      unlessRefused((a, src) => {
        const c = a.content;
        if (c.kind !== 'json' && c.kind !== 'fenced' && c.kind !== 'prose')
          return {
            ok: false,
            grade: {
              status: 'untestable',
              message: `${where(src)}: ${jsonContentProblem(c)}, so the schema cannot be judged`,
              prerequisite: 'structured-outputs.content-string',
            },
          };
        const issues = jsonSchemaIssues(SCHEMA_BY_PROBE[src.probe], c.value);
        return issues.length
          ? failAt(src, `the output does not match the strict schema: ${issueLines(issues)}`, c.value)
          : { ok: true, judged: 1 };
      }),
      () => 'the output validates against the strict schema',
      REFUSED_ALL,
    );
  },
};

export const finishStop: Check = {
  id: 'structured-outputs.finish-stop',
  title: 'a structured answer completes with finish_reason "stop"',
  feature: 'structured-outputs',
  level: 'MUST',
  source: spec('CreateChatCompletionResponse.choices[].finish_reason'),
  breaks: ['openai-node parse() throws LengthFinishReasonError on "length"'],
  divergences: [9],
  probes,
  grade: rooted((t) =>
    gradeEach(
      t,
      ANSWER_SOURCES,
      structuredOf,
      (a, src) =>
        a.finishReason === 'stop'
          ? { ok: true, judged: 1 }
          : failAt(src, `finish_reason is ${JSON.stringify(a.finishReason)}, expected "stop"`, a.finishReason),
      (n) => `${n} answers to strict json_schema requests ended with "stop"`,
    ),
  ),
};

export const noRefusal: Check = {
  id: 'structured-outputs.no-refusal',
  title: 'harmless structured requests are answered, not refused; a refusal comes as message.refusal with content null',
  feature: 'structured-outputs',
  level: 'SHOULD',
  source: guide('structured outputs, refusals (message.refusal)', 'guides/structured-outputs#refusals'),
  breaks: ['clients that read content without checking refusal'],
  probes,
  repeatable: true,
  grade: rooted((t) =>
    gradeEach(
      t,
      ANSWER_SOURCES,
      structuredOf,
      (a, src) => {
        if (a.content.kind !== 'refusal') return { ok: true, judged: 1 };
        const { content } = a.message;
        const shape =
          content === null || content === undefined
            ? ''
            : ` (and content was ${JSON.stringify(clip(String(content), 60))}, expected null alongside a refusal)`;
        return failAt(
          src,
          `the model refused a harmless request: ${JSON.stringify(a.content.refusal)}${shape}`,
          a.content.refusal,
        );
      },
      (n) => `${n} answers to strict json_schema requests, none refused`,
    ),
  ),
};

export const answerChecks: Check[] = [contentString, schemaValid, finishStop, noRefusal];
