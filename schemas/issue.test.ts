import { expectTypeOf, it } from 'vitest';
import type { ConformResultsParts } from './generated/index.ts';
import type { Issue } from './issue.ts';

it('is the shape results.schema.json gives an issue, both ways', () => {
  // a spread gives the interface the implicit index signature the generated type carries
  expectTypeOf<{ [K in keyof Issue]: Issue[K] }>().toExtend<ConformResultsParts.Issue>();
  expectTypeOf<ConformResultsParts.Issue>().toExtend<Issue>();
});
