// Property checks: every generated case is judged; a failure is reported with its smallest failing case
// (the probe shrinks live, the grader picks the smallest recorded one) as a ready-to-run curl command.
import type { Check, Exchange, Grade, SourceRef, TranscriptSet } from '../../engine/types.ts';
import { guide, reference, spec } from '../internal/sources.ts';
import { curlCommand } from '../internal/curl-command.ts';
import { isTransient, transcriptOf } from '../internal/read.ts';
import { readCaseNotes, type CaseNote } from './cases.ts';
import { promptTokens } from './prompt-tokens.ts';
import { problemOf, type Rule } from './verdicts.ts';

const ERRORS = 'guides/error-codes#api-errors';

interface Judged {
  ex: Exchange;
  note: CaseNote;
  problem?: string;
}

function judgeAll(t: TranscriptSet, probe: string, rule: Rule): { ok: true; judged: Judged[] } | { ok: false; grade: Grade } {
  const tr = transcriptOf(t, probe);
  if (!tr.ok) return tr;
  const notes = readCaseNotes(tr.value.notes);
  const judged = tr.value.exchanges.map((ex) => {
    const note = notes.get(ex.label) ?? { label: ex.label };
    return { ex, note, problem: problemOf(rule, ex, note.field) };
  });
  return { ok: true, judged };
}

function describeCase(j: Judged): string {
  const what = j.note.field ? ` (${j.note.field}: ${j.note.how})` : '';
  const shrunk = j.note.shrunkFrom ? `, shrunk from ${j.note.shrunkFrom}` : '';
  return `${j.ex.label}${what}${shrunk}`;
}

function propertyCheck(o: { id: Rule; title: string; probe: string; level: 'MUST' | 'SHOULD'; source: SourceRef; divergences?: number[]; applies?: (j: Judged) => boolean; none: string }): Check {
  return {
    id: `properties.${o.id}`,
    title: o.title,
    feature: 'properties',
    level: o.level,
    source: o.source,
    divergences: o.divergences,
    probes: [o.probe],
    grade(t) {
      const got = judgeAll(t, o.probe, o.id);
      if (!got.ok) return got.grade;
      const relevant = got.judged.filter((j) => j.ex.response && !isTransient(j.ex.response.status) && (o.applies?.(j) ?? true));
      if (!relevant.length) return { status: 'untestable', message: o.none, prerequisite: o.probe };
      const failing = relevant.filter((j) => j.problem !== undefined);
      if (!failing.length) return { status: 'pass', message: `${relevant.length} generated case(s) kept the rule` };
      const size = (j: Judged) => j.ex.request.body?.length ?? 0;
      const smallest = failing.reduce((a, b) => (size(b) < size(a) ? b : a));
      return {
        status: 'fail',
        message: `${failing.length} of ${relevant.length} generated case(s) broke the rule. Smallest: ${describeCase(smallest)}: ${smallest.problem}\nReproduce with:\n${curlCommand(smallest.ex.request)}`,
        details: { seen: failing.map((j) => j.ex.label), exchange: { probe: o.probe, label: smallest.ex.label } },
      };
    },
  };
}

const VALID = 'properties.valid-requests';
const INVALID = 'properties.invalid-requests';
const ok2xx = (j: Judged) => j.ex.response!.status >= 200 && j.ex.response!.status < 300;
const rejected = (j: Judged) => j.ex.response!.status >= 400 && j.ex.response!.status < 500;

export const checks: Check[] = [
  propertyCheck({ id: 'valid-accepted', title: 'random valid requests are answered 200', probe: VALID, level: 'MUST', source: spec('CreateChatCompletionRequest (every schema-valid request is accepted)'), divergences: [25, 31, 32], none: 'no generated valid request got an HTTP response' }),
  propertyCheck({ id: 'valid-response-schema', title: 'answers to random valid requests match the response schema', probe: VALID, level: 'MUST', source: spec('CreateChatCompletionResponse'), divergences: [17], applies: ok2xx, none: 'no generated valid request was answered 2xx' }),
  propertyCheck({ id: 'valid-response-schema-full', title: 'answers to random valid requests match the full response schema (created in seconds…)', probe: VALID, level: 'SHOULD', source: spec('CreateChatCompletionResponse (full)'), divergences: [15], applies: ok2xx, none: 'no generated valid request was answered 2xx' }),
  propertyCheck({ id: 'invalid-rejected', title: 'random requests with one broken field are answered 4xx (not 200, not 500)', probe: INVALID, level: 'MUST', source: guide('error codes (400 for invalid requests)', ERRORS), divergences: [30], none: 'no generated invalid request got an HTTP response' }),
  propertyCheck({ id: 'invalid-error-shape', title: 'their 4xx bodies are {"error":{"message","type","param","code"}}', probe: INVALID, level: 'MUST', source: reference('A4', 'error body shape', ERRORS), divergences: [23, 24, 25, 26, 29], applies: rejected, none: 'no generated invalid request was rejected with a 4xx' }),
  propertyCheck({ id: 'invalid-error-shape-full', title: 'their error.code is a string or null (not the numeric status)', probe: INVALID, level: 'SHOULD', source: reference('A4', 'error.code string | null', ERRORS), divergences: [27, 28], applies: rejected, none: 'no generated invalid request was rejected with a 4xx' }),
  propertyCheck({ id: 'invalid-param', title: 'error.param names the broken field', probe: INVALID, level: 'SHOULD', source: reference('A4', 'error.param ("max_tokens")', ERRORS), applies: rejected, none: 'no generated invalid request was rejected with a 4xx' }),
  promptTokens,
];
