// The structured answers every shared check reads (the basic probe and each grid cell), their controls, and the
// root: structured-outputs.basic varies chat.basic by a strict json_schema; every other structured request varies
// the basic one. When the basic request fails, structured-outputs.schema-valid grades that once and every other
// check says so in one line (rootGrade).
import type { Grade, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { varies } from '../internal/attribution.ts';
import {
  answeredOf,
  completionOf,
  errorText,
  exchangeOf,
  isTransient,
  type Need,
  type Source,
  type Variant,
  where,
} from '../internal/read.ts';
import { classifyJsonContent, type JsonContent } from '../internal/json-content.ts';
import { BASIC, GRID } from './schemas.ts';

export const BASIC_SOURCE: Source = { probe: 'structured-outputs.basic', label: 'basic' };
export const ROOT = 'structured-outputs.schema-valid';
const BASIC_VARIANT = varies(
  CONTROL,
  'response_format json_schema (strict)',
  'response_format',
  'json_schema',
  'strict',
);

/** words an error about a grid cell's keyword would name */
const KEYWORD_WORDS: Record<string, string[]> = {
  ref: ['$ref', '$defs', 'ref', 'defs'],
  'any-of': ['anyOf'],
  enum: ['enum'],
  const: ['const'],
  nested: ['items', 'nested'],
  'additional-properties': ['additionalProperties'],
  required: ['required', 'nullable'],
};

const gridProbe = (slug: string) => `structured-outputs.grid-${slug}`;

const VARIANTS: Record<string, Variant> = {
  [BASIC_SOURCE.probe]: BASIC_VARIANT,
  ...Object.fromEntries(
    GRID.map((c) => [
      gridProbe(c.slug),
      varies(BASIC_SOURCE, `${c.keyword} in a strict schema`, ...(KEYWORD_WORDS[c.slug] ?? [])),
    ]),
  ),
};

export const ANSWER_SOURCES: Source[] = [
  BASIC_SOURCE,
  ...GRID.map((c) => ({ probe: gridProbe(c.slug), label: 'grid' })),
];

export const SCHEMA_BY_PROBE: Record<string, Record<string, unknown>> = {
  [BASIC_SOURCE.probe]: BASIC.schema,
  ...Object.fromEntries(GRID.map((c) => [gridProbe(c.slug), c.schema])),
};

/** the probes a structured check reads, with the controls (the planner sends only listed probes) */
export const withControls = (probes: string[]): string[] => [
  ...new Set([...probes, BASIC_SOURCE.probe, CONTROL.probe]),
];

export interface StructuredAnswer {
  message: Record<string, unknown>;
  finishReason: unknown;
  content: JsonContent;
}

export function structuredOf(t: TranscriptSet, probe: string, label: string): Need<StructuredAnswer> {
  const got = completionOf(t, probe, label, VARIANTS[probe]);
  if (!got.ok) return got;
  return {
    ok: true,
    value: {
      message: got.value.message,
      finishReason: got.value.choice.finish_reason,
      content: classifyJsonContent(got.value.message),
    },
  };
}

/** a 5xx to a valid strict schema: the server fails a request it should answer (the caller grades it as a failure) */
export function serverError(t: TranscriptSet, src: Source): { status: number; text: string } | undefined {
  const got = exchangeOf(t, src.probe, src.label);
  const status = got.ok ? got.value.response!.status : undefined;
  if (!got.ok || status === undefined || status < 500 || isTransient(status)) return undefined;
  return { status, text: errorText(got.value) };
}

/** undefined when the basic strict request was answered (2xx); else the one-line grade of a check that depends on it */
export function rootGrade(t: TranscriptSet): Grade | undefined {
  const basic = answeredOf(t, BASIC_SOURCE.probe, BASIC_SOURCE.label, BASIC_VARIANT);
  if (basic.ok) return undefined;
  const crash = serverError(t, BASIC_SOURCE);
  if (crash)
    return {
      status: 'untestable',
      message: `${where(BASIC_SOURCE)} answered ${crash.status} (${crash.text}): strict json_schema requests fail, and ${ROOT} fails for that`,
      prerequisite: ROOT,
    };
  const g = basic.grade;
  return g.status === 'unsupported' ? { status: 'unsupported', message: `${g.message} (see ${ROOT})` } : g;
}
