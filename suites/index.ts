// Public API of openai-conform (package export "."): run the suite, re-grade a saved run, list the checks.

// running
export { runConform } from './engine/run.ts';
export { regrade } from './engine/regrade.ts';
export { exitCodeOf } from './engine/exit-code.ts';
export { failsRun } from './engine/fails-run.ts';
export { writeResultsJson } from './engine/results.ts';
export { ConfigError } from './engine/config-error.ts';
export type { RunOptions, ProgressEvent } from './engine/options.ts';

// the registry
export { allChecks, allProbes } from './checks/index.ts';
export { FEATURES, isFeatureTag } from './features.ts';
export type { FeatureTag } from './features.ts';

// your app's cases (conform cases FILE): a cases document as probes and checks for runConform
export { casesSuite, parseCases, caseId } from './cases/index.ts';
export type { CasesOptions } from './cases/index.ts';

// writing checks: how a recorded stream ended (cleanly, cut, stopped by a limit)
export { streamEnd } from './engine/transport/stream-end.ts';
export type { StreamEnd } from './engine/transport/stream-end.ts';

// contracts
export type * from './engine/types.ts';
