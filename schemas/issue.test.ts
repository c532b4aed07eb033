import { expectTypeOf, it } from 'vitest';
import type { ConformResultsParts } from './generated/index.ts';
import type { Issue } from './issue.ts';
import type { Plain } from './internal/plain.ts';

it('is the shape results.schema.json gives an issue, both ways', () => {
  expectTypeOf<Plain<Issue>>().toExtend<ConformResultsParts.Issue>();
  expectTypeOf<ConformResultsParts.Issue>().toExtend<Issue>();
});
