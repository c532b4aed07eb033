// Asserts a body validates against a shared schema at both levels (MUST and SHOULD), with readable issues.
import { expect } from 'vitest';
import { formatIssues } from '../../../schemas/format.ts';
import { validate } from '../../../schemas/validate.ts';
import type { SchemaName } from '../../../schemas/registry.ts';

export function expectSchema(name: SchemaName, value: unknown): void {
  const r = validate(name, value);
  const issues = [...r.must, ...r.should];
  expect(issues.length === 0 ? '' : `${name}:\n${formatIssues(issues)}`).toBe('');
}
