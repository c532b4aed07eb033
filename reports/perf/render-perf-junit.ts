// JUnit XML of a perf run: one testsuite, one testcase per SLO (a broken one is a failure naming the level).
import { escapeXml, escapeXmlText } from '../internal/escape.ts';
import type { Perf } from './perf-rows.ts';

export function renderPerfJunit(perf: Perf): string {
  const failures = perf.slos.filter((s) => !s.passed).length;
  const cases = perf.slos.map((s) => {
    const head = `<testcase classname="conform.perf.slo" name="${escapeXml(s.spec)}">`;
    return s.passed
      ? `  ${head}<system-out>${escapeXmlText(s.message)}</system-out></testcase>`
      : `  ${head}<failure message="${escapeXml(s.message)}" type="slo">${escapeXmlText(`${s.spec}: ${s.message}`)}</failure></testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="conform perf" tests="${perf.slos.length}" failures="${failures}" time="${(perf.durationMs / 1000).toFixed(3)}">`,
    `<testsuite name="${escapeXml(`perf SLOs: ${perf.target.label ?? perf.target.baseUrl}`)}" tests="${perf.slos.length}" failures="${failures}" errors="0" skipped="0" time="${(perf.durationMs / 1000).toFixed(3)}">`,
    ...cases,
    '</testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
