// JUnit XML: one testsuite per feature, one testcase per check. The mapping (README.md) keeps CI green on
// SHOULD warnings and baselined failures, red on MUST failures, untestable checks and errors.
import { escapeXml, escapeXmlText } from '../internal/escape.ts';
import { evidenceText } from '../internal/evidence-text.ts';
import type { CheckResult, Results } from '../internal/results.ts';
import { groupByFeature } from '../internal/stats.ts';
import { STATUS_LABEL } from '../internal/status.ts';
import { shorten } from '../internal/text.ts';

export type JunitOutcome = 'passed' | 'failure' | 'error' | 'skipped';

/** How a check lands in JUnit. */
export function junitOutcome(check: CheckResult): JunitOutcome {
  switch (check.status) {
    case 'pass':
    case 'warn':
      return 'passed';
    case 'skip':
    case 'unsupported':
    case 'inconclusive':
      return 'skipped';
    case 'fail':
    case 'untestable':
      return check.baselined === true ? 'skipped' : 'failure';
    case 'error':
      return check.baselined === true ? 'skipped' : 'error';
  }
}

const attrs = (pairs: Record<string, string | number | undefined>): string =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

/** Time spent in the probes a check read (probes shared by checks count for each). */
function checkMs(results: Results, check: CheckResult): number {
  let ms = 0;
  for (const probe of check.evidence.probes) {
    const t = results.transcripts?.[probe] as { durationMs?: unknown } | undefined;
    if (t !== undefined && typeof t.durationMs === 'number') ms += t.durationMs;
  }
  return ms;
}

function testcase(results: Results, check: CheckResult): string {
  const outcome = junitOutcome(check);
  const open = `    <testcase${attrs({ name: `${check.id} — ${check.title}`, classname: check.feature, time: seconds(checkMs(results, check)) })}`;
  const label = STATUS_LABEL[check.status].label;
  const message = shorten(`[${check.level}] ${check.message === '' ? check.title : check.message}`, 500);
  switch (outcome) {
    case 'passed':
      if (check.status === 'pass') return `${open}/>`;
      return `${open}>\n      <system-out>${escapeXmlText(`WARN (does not fail the run): ${evidenceText(check)}`)}</system-out>\n    </testcase>`;
    case 'skipped': {
      const why = check.baselined === true ? `baselined ${label}` : label;
      return `${open}>\n      <skipped${attrs({ message: `${why}: ${message}` })}/>\n    </testcase>`;
    }
    case 'failure':
    case 'error':
      return `${open}>\n      <${outcome}${attrs({ message, type: label })}>${escapeXmlText(evidenceText(check))}</${outcome}>\n    </testcase>`;
  }
}

export function renderJunit(results: Results): string {
  const groups = groupByFeature(results.checks);
  const host = hostOf(results.target.baseUrl);
  const totals = { tests: 0, failures: 0, errors: 0 };
  const suites = groups.map((g) => {
    const outcomes = g.checks.map(junitOutcome);
    const n = (o: JunitOutcome) => outcomes.filter((x) => x === o).length;
    totals.tests += g.checks.length;
    totals.failures += n('failure');
    totals.errors += n('error');
    const ms = g.checks.reduce((sum, c) => sum + checkMs(results, c), 0);
    const props = [
      ['target', results.target.baseUrl],
      ['model', results.target.model],
      ['tool', `${results.tool.name} ${results.tool.version}`],
      ...(results.tool.sdkVersion !== undefined ? [['sdk', results.tool.sdkVersion]] : []),
    ].map(([name, value]) => `      <property${attrs({ name, value })}/>`);
    return [
      `  <testsuite${attrs({ name: g.feature, tests: g.checks.length, failures: n('failure'), errors: n('error'), skipped: n('skipped'), time: seconds(ms), timestamp: results.startedAt, hostname: host })}>`,
      `    <properties>\n${props.join('\n')}\n    </properties>`,
      ...g.checks.map((c) => testcase(results, c)),
      '  </testsuite>',
    ].join('\n');
  });
  const name = `${results.tool.name}: ${results.target.label ?? results.target.baseUrl} (${results.target.model})`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name, tests: totals.tests, failures: totals.failures, errors: totals.errors, time: seconds(results.durationMs) })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
