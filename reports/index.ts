// Reports: pure renderers of one Results object (schemas/results.schema.json). The CLI writes them to disk.
export type { Results, CheckResult } from './internal/results.ts';

// CI
export { renderJunit } from './junit/render-junit.ts';
