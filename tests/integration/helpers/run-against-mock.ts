// For check authors: grade the bundled mock with quirk profiles on, and read which checks did not pass.
//   const r = await runAgainstMock({ quirks: ['no-done'], features: ['streaming'] });
//   expect(notPassing(r)).toEqual(['streaming.done-sentinel']);
import type { QuirkName } from '../../../mock/core/types.ts';
import type { ProfileName } from '../../../mock/core/quirks/index.ts';
import { runConform, type Results, type RunOptions } from '../../../suites/index.ts';

export interface MockRunOptions extends Omit<RunOptions, 'baseUrl' | 'mock'> {
  /** quirks or provider profiles */
  quirks?: Array<QuirkName | ProfileName>;
  /** any other startMockServer() option (faults, rpm, models…) */
  mock?: Record<string, unknown>;
}

export function runAgainstMock(o: MockRunOptions = {}): Promise<Results> {
  const { quirks, mock, ...run } = o;
  return runConform({ ...run, mock: { ...mock, ...(quirks ? { quirks } : {}) } });
}

/** ids of the checks that failed, warned, errored or were untestable (baselined ones included) */
export function notPassing(r: Results, statuses: string[] = ['fail', 'warn', 'untestable', 'error']): string[] {
  return r.checks.filter((c) => statuses.includes(c.status)).map((c) => c.id);
}

/** id → status, for readable assertions and snapshots */
export function statusById(r: Results): Record<string, string> {
  return Object.fromEntries(r.checks.map((c) => [c.id, c.status]));
}
