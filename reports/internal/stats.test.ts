import { describe, expect, it } from 'vitest';
import { sampleResults } from './fixtures/sample-results.ts';
import type { CheckResult } from './results.ts';
import { countChecks, countParts, groupByFeature, verdictOf } from './stats.ts';

const c = (status: CheckResult['status'], baselined?: boolean) =>
  ({
    id: 'a.b',
    title: '',
    feature: 'a',
    level: 'MUST',
    status,
    message: '',
    baselined,
    evidence: { probes: [], source: { ref: '' } },
  }) as CheckResult;

describe('counts', () => {
  it('agree with the summary of the sample run', () => {
    const r = sampleResults();
    const counted = countChecks(r.checks);
    const { baselined, ...byStatus } = r.summary;
    expect(counted).toMatchObject({ ...byStatus, baselined, total: r.checks.length });
  });

  it('count as failing exactly what fails the run: a stale entry counts, a baselined warning does not', () => {
    // a stale baseline entry is a plain fail; a baselined warning is no failure to subtract
    const counted = countChecks([c('fail'), c('warn', true), c('error', true), c('untestable'), c('pass')]);
    expect(counted).toMatchObject({ failing: 2, known: 1, baselined: 2, open: { fail: 1, untestable: 1, error: 0 } });
    expect(countParts(counted).map((p) => p.text)).toEqual([
      '1 failed',
      '1 untestable',
      '1 baselined',
      '1 warning',
      '1 passed',
    ]);
  });
});

describe('verdictOf', () => {
  it('is the worst status, with baselined failures downgraded to warn', () => {
    expect(verdictOf([c('pass'), c('untestable')])).toBe('fail');
    expect(verdictOf([c('pass'), c('error')])).toBe('fail');
    expect(verdictOf([c('pass'), c('fail', true)])).toBe('warn');
    expect(verdictOf([c('pass'), c('warn')])).toBe('warn');
    expect(verdictOf([c('pass'), c('skip'), c('unsupported')])).toBe('pass');
    expect(verdictOf([c('skip'), c('unsupported')])).toBe('unsupported');
    expect(verdictOf([c('skip'), c('inconclusive')])).toBe('inconclusive');
    expect(verdictOf([c('pass'), c('inconclusive')])).toBe('pass');
    expect(verdictOf([c('skip')])).toBe('skip');
    expect(verdictOf([])).toBe('empty');
  });
});

describe('groupByFeature', () => {
  it('keeps the order of first appearance', () => {
    expect(groupByFeature(sampleResults().checks).map((g) => `${g.feature}:${g.verdict}`)).toMatchInlineSnapshot(`
      [
        "models:pass",
        "chat:warn",
        "streaming:fail",
        "embeddings:fail",
        "completions:skip",
        "errors:fail",
        "tools:fail",
      ]
    `);
  });
});
