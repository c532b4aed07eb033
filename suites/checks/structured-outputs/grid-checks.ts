// One verdict per JSON Schema keyword honoured in strict mode: each cell reads only its own probe.
import type { Check } from '../../engine/types.ts';
import { jsonContentProblem } from '../internal/json-content.ts';
import { issueLines, jsonSchemaIssues } from '../internal/json-schema-issues.ts';
import { structuredOf } from './read-answer.ts';
import { GRID, type GridCell } from './schemas.ts';
import { guide } from '../internal/sources.ts';

function cellCheck(cell: GridCell): Check {
  const probe = `structured-outputs.grid-${cell.slug}`;
  return {
    id: `structured-outputs.keyword-${cell.slug}`,
    title: `strict mode honours ${cell.keyword}`,
    feature: 'structured-outputs',
    level: 'MUST',
    source: guide(`structured outputs, supported schemas (${cell.keyword})`, 'guides/structured-outputs#supported-schemas'),
    breaks: ['typed clients that trust strict mode'],
    divergences: [33],
    probes: [probe],
    repeatable: true,
    grade(t) {
      const got = structuredOf(t, probe, 'grid');
      if (!got.ok) return got.grade;
      const exchange = { probe, label: 'grid' };
      const { content } = got.value;
      if (content.kind === 'refusal') return { status: 'untestable', message: `the model refused: ${JSON.stringify(content.refusal)}`, prerequisite: 'structured-outputs.no-refusal' };
      if (content.kind !== 'json') return { status: 'fail', message: `${probe}: ${jsonContentProblem(content)}`, details: { exchange, seen: got.value.message.content } };
      const issues = jsonSchemaIssues(cell.schema, content.value);
      if (issues.length) return { status: 'fail', message: `${probe}: ${cell.keyword} not honoured: ${issueLines(issues)}`, details: { exchange, issues, seen: content.value } };
      return { status: 'pass', message: `the output honours ${cell.keyword}`, details: { exchange } };
    },
  };
}

export const gridChecks: Check[] = GRID.map(cellCheck);
