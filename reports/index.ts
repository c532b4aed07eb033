// Reports: pure renderers of one Results object (schemas/results.schema.json). The CLI writes them to disk.
export type { Results, CheckResult } from './internal/results.ts';

// CI
export { renderJunit } from './junit/render-junit.ts';
export { githubAnnotations } from './github/annotations.ts';
export { renderMarkdownSummary } from './github/render-markdown.ts';

// terminal
export { renderConsoleSummary } from './console/render-console.ts';
export type { ConsoleOptions } from './console/render-console.ts';

// people
export { renderHtml } from './html/render-html.ts';
export { writeHtmlReport } from './html/write-html.ts';

// several runs
export { renderComparison } from './compare/render-comparison.ts';
export { writeComparison } from './compare/write-comparison.ts';
export { diffRuns } from './compare/diff-runs.ts';
export type { RunDiff, Change } from './compare/diff-runs.ts';

// conform perf
export { renderPerfConsole } from './perf/render-perf-console.ts';
export { renderPerfMarkdown } from './perf/render-perf-markdown.ts';
export { renderPerfJunit } from './perf/render-perf-junit.ts';
export { renderPerfHtml, perfSectionHtml } from './perf/render-perf-html.ts';
export { writePerfReports } from './perf/write-perf.ts';
export { perfFails } from './perf/perf-rows.ts';
