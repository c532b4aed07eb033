// What one expectation says about one answer. `inconclusive`: its premise was not observed (README.md, "Premises").
import type { Exchange, Issue } from '../../engine/types.ts';
import type { Answer } from '../answer.ts';

export interface Outcome {
  /** untestable: a transient status (408, 409, 429) said nothing about the case; it fails the run, as in the suite */
  status: 'pass' | 'fail' | 'inconclusive' | 'untestable';
  message: string;
  issues?: Issue[];
  seen?: unknown;
}

/** one answer to grade, with the request that got it */
export interface Trial {
  answer: Answer;
  ex: Exchange;
  body: unknown; // the request body as sent
  /** the same request without `stop` (sent only for the `stop` expectation) */
  control?: Exchange;
}

export const pass = (message: string): Outcome => ({ status: 'pass', message });
export const fail = (message: string, more: Partial<Outcome> = {}): Outcome => ({ status: 'fail', message, ...more });
export const inconclusive = (message: string): Outcome => ({ status: 'inconclusive', message });
