// Property checks, per target (chat, Responses): every generated case is judged; a failure is reported with its
// smallest failing case (the probe shrinks live, the grader picks the smallest recorded one) as a ready-to-run curl
// command. An invalid case is judged against its valid twin (the valid case it was broken from, else the target's
// fallback): a refusal counts only when the twin was accepted and the 4xx is about the broken field. A target
// whose route answers 404 while chat works (no Responses API) is skipped.
import type { Check, Exchange, Grade, Level, SourceRef, TranscriptSet } from '../../engine/types.ts';
import { guide, reference, spec } from '../internal/sources.ts';
import { curlCommand } from '../internal/curl-command.ts';
import { controlOf, rejectionOf, varies } from '../internal/attribution.ts';
import { errorText, isTransient, type Source, transcriptOf } from '../internal/read.ts';
import { CONTROL } from '../chat/probes.ts';
import { ENVELOPE_BREAKS, FIELDS_BREAKS, PARAM_BREAKS } from '../errors/body.ts';
import { BAD_INPUT_BREAKS, SERVER_ERROR_BREAKS } from '../errors/statuses.ts';
import { readCaseNotes, type CaseNote } from './cases.ts';
import { promptTokens } from './prompt-tokens.ts';
import { problemOf, type Rule } from './verdicts.ts';
import { CHAT, probeId, RESPONSES, type PropertyTarget } from './targets.ts';

const ERRORS = 'guides/error-codes#api-errors';

interface Judged {
  ex: Exchange;
  note: CaseNote;
  problem?: string;
  /** invalid cases: undefined when the refusal is attributable (twin accepted), else the grade saying why not */
  unjudged?: Grade;
}

/** the valid case an invalid one was broken from, when the valid run sent it; else the target's fallback */
function twinOf(t: TranscriptSet, note: CaseNote, target: PropertyTarget): Source {
  const origin = note.shrunkFrom ?? note.label;
  const valid = probeId(target, 'valid');
  return t[valid]?.exchanges.some((e) => e.label === origin) ? { probe: valid, label: origin } : target.fallbackTwin;
}

/** a target other than chat whose route answers 404: skipped when chat works (no such API), else its control says why */
function routeGate(t: TranscriptSet, target: PropertyTarget, probe: string): Grade | undefined {
  const first = target === CHAT ? undefined : t[probe]?.exchanges[0];
  if (first?.response?.status !== 404) return undefined;
  const chat = controlOf(t, CONTROL, `the ${target.path} route`);
  if (!chat.ok) return chat.grade;
  return {
    status: 'skip',
    message: `the target does not serve ${target.api}: POST ${target.path} answered 404 (${errorText(first)}) while chat completions work`,
  };
}

// the keys of every error body: an error naming them says nothing about the field
const ERROR_KEYS = new Set(['error', 'message', 'type', 'param', 'code']);
/** words an error about this field names: "messages[0].role" → messages, role */
const namesOf = (field: string | undefined) =>
  (field ?? '').split(/[.[\]'"]+/).filter((w) => w && !/^\d+$/.test(w) && !ERROR_KEYS.has(w));

function judgeAll(
  t: TranscriptSet,
  target: PropertyTarget,
  probe: string,
  rule: Rule,
): { ok: true; judged: Judged[] } | { ok: false; grade: Grade } {
  const tr = transcriptOf(t, probe);
  if (!tr.ok) return tr;
  const gate = routeGate(t, target, probe);
  if (gate) return { ok: false, grade: gate };
  const notes = readCaseNotes(tr.value.notes);
  const judged = tr.value.exchanges.map((ex) => {
    const note = notes.get(ex.label) ?? { label: ex.label };
    const j: Judged = { ex, note, problem: problemOf(rule, ex, note.field, target.response) };
    if (probe === probeId(target, 'invalid') && ex.response) {
      const r = rejectionOf(
        t,
        { probe, label: ex.label },
        varies(twinOf(t, note, target), `an invalid ${note.field ?? 'field'}`, ...namesOf(note.field)),
      );
      if (!r.ok) j.unjudged = r.grade;
    }
    return j;
  });
  return { ok: true, judged };
}

function describeCase(j: Judged): string {
  const what = j.note.field ? ` (${j.note.field}: ${j.note.how})` : '';
  const shrunk = j.note.shrunkFrom ? `, shrunk from ${j.note.shrunkFrom}` : '';
  return `${j.ex.label}${what}${shrunk}`;
}

const status = (j: Judged) => j.ex.response!.status;
const ok2xx = (j: Judged) => status(j) >= 200 && status(j) < 300;
const rejected = (j: Judged) => status(j) >= 400 && status(j) < 500;

/** the grade of a check that reads refusals when no invalid case was refused: the root cause, named once */
function noRefusal(all: Judged[], target: PropertyTarget): Grade | undefined {
  const id = (rule: Rule) => `properties.${target.prefix}${rule}`;
  if (all.some((j) => j.ex.response && status(j) >= 500 && !j.unjudged))
    return {
      status: 'untestable',
      message: `no generated invalid request was refused with a 4xx: they got a 5xx (see ${id('invalid-no-5xx')})`,
      prerequisite: id('invalid-no-5xx'),
    };
  if (all.some((j) => j.ex.response && ok2xx(j) && !j.unjudged))
    return {
      status: 'inconclusive',
      message: `no generated invalid request was refused: the server accepted them (${id('invalid-rejected')} grades that)`,
    };
  return all.find((j) => j.unjudged)?.unjudged;
}

interface PropertyRule {
  id: Rule;
  title: string;
  kind: 'valid' | 'invalid';
  level: Level;
  source: SourceRef;
  breaks: string[];
  divergences?: number[];
  /** the responses the rule speaks about */
  applies?: (j: Judged) => boolean;
  /** invalid rules: judge only answers whose valid twin was accepted, and 4xx only when about the broken field */
  twin?: boolean;
  none: string;
}

function propertyCheck(target: PropertyTarget, o: PropertyRule): Check {
  const probe = probeId(target, o.kind);
  const valid = probeId(target, 'valid');
  return {
    id: `properties.${target.prefix}${o.id}`,
    title: target === CHAT ? o.title : `Responses API: ${o.title}`,
    feature: 'properties',
    level: o.level,
    source: o.source,
    breaks: o.breaks,
    ...(target === CHAT && o.divergences ? { divergences: o.divergences } : {}),
    // chat's control: the fallback twin of chat's invalid cases, and what tells a missing route from a broken target
    probes: o.kind === 'invalid' ? [probe, valid, CONTROL.probe] : target === CHAT ? [probe] : [probe, CONTROL.probe],
    grade(t) {
      const got = judgeAll(t, target, probe, o.id);
      if (!got.ok) return got.grade;
      const answered = got.judged.filter((j) => j.ex.response && !isTransient(status(j)));
      const relevant = answered.filter((j) => o.applies?.(j) ?? true);
      const judged = o.twin ? relevant.filter((j) => !j.unjudged) : relevant;
      const failing = judged.filter((j) => j.problem !== undefined);
      if (!failing.length) {
        if (judged.length) return { status: 'pass', message: `${judged.length} generated case(s) kept the rule` };
        const why = o.kind === 'invalid' ? noRefusal(answered, target) : undefined;
        return why ?? { status: 'untestable', message: o.none, prerequisite: probe };
      }
      const size = (j: Judged) => j.ex.request.body?.length ?? 0;
      const smallest = failing.reduce((a, b) => (size(b) < size(a) ? b : a));
      return {
        status: 'fail',
        message: `${failing.length} of ${judged.length} generated case(s) broke the rule. Smallest: ${describeCase(smallest)}: ${smallest.problem}\nReproduce with:\n${curlCommand(smallest.ex.request)}`,
        details: { seen: failing.map((j) => j.ex.label), exchange: { probe, label: smallest.ex.label } },
      };
    },
  };
}

const schemaBreaks = (target: PropertyTarget) => [
  `openai-node and typed clients: the fields the response schema requires at MUST level (${target === CHAT ? 'choices[].message, finish_reason, id' : 'output[], status, id'}…) are read unconditionally`,
];

/** the rules, with the target's spec names; `divergences` are chat's (Part B) */
function rulesOf(target: PropertyTarget): PropertyRule[] {
  const request = target === CHAT ? 'CreateChatCompletionRequest' : 'CreateResponse';
  const response = target === CHAT ? 'CreateChatCompletionResponse' : 'Response';
  return [
    {
      id: 'valid-accepted',
      title: 'random valid requests are answered 200',
      kind: 'valid',
      level: 'MUST',
      source: spec(`${request} (every schema-valid request is accepted)`),
      breaks: ['openai-node and every client: a request the spec allows raises an APIError (a 5xx after two retries)'],
      divergences: [25, 31, 32],
      none: 'no generated valid request got an HTTP response',
    },
    {
      id: 'valid-response-schema',
      title: 'answers to random valid requests match the response schema',
      kind: 'valid',
      level: 'MUST',
      source: spec(response),
      breaks: schemaBreaks(target),
      divergences: [17],
      applies: ok2xx,
      none: 'no generated valid request was answered 2xx',
    },
    {
      id: 'valid-response-schema-full',
      title: 'answers to random valid requests match the full response schema (created in seconds…)',
      kind: 'valid',
      level: 'SHOULD',
      source: spec(`${response} (full)`),
      breaks: ['strictly generated clients that require every spec key'],
      divergences: [15],
      applies: ok2xx,
      none: 'no generated valid request was answered 2xx',
    },
    {
      id: 'invalid-rejected',
      title: 'random requests with one broken field are rejected with a 4xx',
      kind: 'invalid',
      level: 'SHOULD',
      source: guide('error codes (400 for invalid requests)', ERRORS),
      breaks: BAD_INPUT_BREAKS,
      divergences: [30],
      twin: true,
      none: 'no generated invalid request got an HTTP response',
    },
    {
      id: 'invalid-no-5xx',
      title: 'random requests with one broken field never get a 5xx',
      kind: 'invalid',
      level: 'MUST',
      source: guide('error codes (400 for invalid requests; 500 means a server fault)', ERRORS),
      breaks: SERVER_ERROR_BREAKS,
      divergences: [30],
      twin: true,
      none: 'no generated invalid request got an HTTP response',
    },
    {
      id: 'invalid-error-shape',
      title: 'their 4xx bodies are {"error":{"message",…}}',
      kind: 'invalid',
      level: 'MUST',
      source: reference('A4', 'error body shape', ERRORS),
      breaks: ENVELOPE_BREAKS,
      divergences: [23, 24, 25, 26, 29],
      applies: rejected,
      none: 'no generated invalid request was rejected with a 4xx',
    },
    {
      id: 'invalid-error-shape-full',
      title: 'their error objects have type, param and code, with code a string or null (not the numeric status)',
      kind: 'invalid',
      level: 'SHOULD',
      source: reference('A4', 'error.code string | null', ERRORS),
      breaks: FIELDS_BREAKS,
      divergences: [27, 28],
      applies: rejected,
      none: 'no generated invalid request was rejected with a 4xx',
    },
    {
      id: 'invalid-param',
      title: 'error.param names the broken field',
      kind: 'invalid',
      level: 'SHOULD',
      source: reference('A4', 'error.param ("max_tokens")', ERRORS),
      breaks: PARAM_BREAKS,
      applies: rejected,
      twin: true,
      none: 'no generated invalid request was rejected with a 4xx',
    },
  ];
}

export const checks: Check[] = [
  ...rulesOf(CHAT).map((r) => propertyCheck(CHAT, r)),
  promptTokens,
  ...rulesOf(RESPONSES).map((r) => propertyCheck(RESPONSES, r)),
];
