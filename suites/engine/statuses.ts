// The verdicts, listed once (the type is schemas/results.schema.json's enum), worst first: the order every report
// lists them in. A status added to the schema fails compilation here until it is placed.
import type { Status } from './types.ts';

export const STATUSES = [
  'fail',
  'error',
  'untestable',
  'warn',
  'inconclusive',
  'unsupported',
  'skip',
  'pass',
] as const satisfies readonly Status[];

// every Status is listed: the line fails to compile when one is missing
const _complete: readonly (typeof STATUSES)[number][] = [] as Status[];
void _complete;

/** a count of 0 for every status */
export function zeroByStatus(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}
