import { expectTypeOf, it } from 'vitest';
import type { Plain } from '../../schemas/internal/plain.ts';
import type { ConformResults, ConformResultsParts } from '../../schemas/generated/index.ts';
import type { CheckResult, Results, Status } from './types.ts';

// The engine keeps its own Results type: it types the transcripts the schema leaves open and has no index
// signatures (a misspelt field is a compile error). It must stay a valid ConformResults, which these hold.

it('every Results the engine makes is a ConformResults of results.schema.json', () => {
  expectTypeOf<Plain<Results>>().toExtend<ConformResults>();
  expectTypeOf<Plain<CheckResult>>().toExtend<ConformResultsParts.CheckResult>();
});

it('speaks the schema status vocabulary, no more and no less', () => {
  expectTypeOf<Status>().toEqualTypeOf<ConformResultsParts.Status>();
  expectTypeOf<keyof Results['summary']>().toEqualTypeOf<Status | 'baselined'>();
});
