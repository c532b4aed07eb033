// One check per JSON Schema keyword: each grid cell's output must validate against its own schema. A cell's 4xx
// is "unsupported" against its control, the basic strict request; a 5xx is untestable (the prompt differs too).
import type { Check } from '../../engine/types.ts';
import { jsonContentProblem } from '../internal/json-content.ts';
import { issueLines, jsonSchemaIssues } from '../internal/json-schema-issues.ts';
import { guide } from '../internal/sources.ts';
import { rootGrade, serverError, structuredOf, withControls } from './read-answer.ts';
import { GRID, type GridCell } from './schemas.ts';

function cellCheck(cell: GridCell): Check {
  const probe = `structured-outputs.grid-${cell.slug}`;
  const exchange = { probe, label: 'grid' };
  return {
    id: `structured-outputs.keyword-${cell.slug}`,
    title: `strict mode honours ${cell.keyword}`,
    feature: 'structured-outputs',
    level: 'MUST',
    source: guide(
      `structured outputs, supported schemas (${cell.keyword})`,
      'guides/structured-outputs#supported-schemas',
    ),
    breaks: ['typed clients that trust strict mode'],
    divergences: [33],
    probes: withControls([probe]),
    repeatable: true,
    grade(t) {
      const root = rootGrade(t);
      if (root) return root;
      const crash = serverError(t, exchange);
      // not a failure of the keyword: the request differs from the basic one in its prompt too (a quote can crash a server)
      if (crash)
        return {
          status: 'untestable',
          message: `${probe} answered ${crash.status} (${crash.text}) while the basic strict request was answered; this request differs in its prompt as well as its schema, so the error is not attributable to ${cell.keyword}`,
          prerequisite: `${probe} answered`,
        };
      const got = structuredOf(t, probe, 'grid');
      if (!got.ok) return got.grade;
      const { content } = got.value;
      // a refusal is allowed and graded by no-refusal (a SHOULD): it fails nothing here (dependency rule)
      if (content.kind === 'refusal')
        return {
          status: 'inconclusive',
          message: `the model refused: ${JSON.stringify(content.refusal)}, so ${cell.keyword} was not put to the test (structured-outputs.no-refusal grades the refusal)`,
        };
      // JSON inside fences or prose is content-string's finding; the keyword is judged on the JSON itself
      if (content.kind !== 'json' && content.kind !== 'fenced' && content.kind !== 'prose') {
        return {
          status: 'untestable',
          message: `${probe}: ${jsonContentProblem(content)}, so ${cell.keyword} cannot be judged`,
          prerequisite: 'structured-outputs.content-string',
        };
      }
      const issues = jsonSchemaIssues(cell.schema, content.value);
      if (issues.length)
        return {
          status: 'fail',
          message: `${probe}: ${cell.keyword} not honoured: ${issueLines(issues)}`,
          details: { exchange, issues, seen: content.value },
        };
      return { status: 'pass', message: `the output honours ${cell.keyword}`, details: { exchange } };
    },
  };
}

export const gridChecks: Check[] = GRID.map(cellCheck);
