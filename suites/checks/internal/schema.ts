// Shape grading with the schemas package, at one level: MUST issues fail a MUST check, SHOULD issues fail a
// SHOULD check (which the engine reports as a warning). The first offending value is the evidence.
import { formatIssues, validate } from '../../../schemas/index.ts';
import type { Grade, GradeDetails } from '../../engine/types.ts';

export type SchemaName = Parameters<typeof validate>[0];

export interface Shaped {
  value: unknown;
  where: string; // e.g. 'chat.basic "nonstream"' or 'frame 3'
  exchange: NonNullable<GradeDetails['exchange']>;
}

export function shapeGrade(schema: SchemaName, level: 'must' | 'should', items: Shaped[], what: string): Grade {
  let failing = 0;
  let first: { item: Shaped; issues: ReturnType<typeof validate>['must'] } | undefined;
  for (const item of items) {
    const r = validate(schema, item.value);
    const issues = level === 'must' ? r.must : r.should;
    if (issues.length === 0) continue;
    failing++;
    first ??= { item, issues };
  }
  if (!first)
    return {
      status: 'pass',
      message: `${items.length} ${what} match the ${schema} schema (${level.toUpperCase()} level)`,
    };
  const more = failing > 1 ? ` (and ${failing - 1} more)` : '';
  return {
    status: 'fail',
    message: `${what} must match the ${schema} schema at ${level.toUpperCase()} level: ${first.issues.length} issue(s) in ${first.item.where}${more}\n${formatIssues(first.issues)}`,
    details: { issues: first.issues, exchange: first.item.exchange },
  };
}
