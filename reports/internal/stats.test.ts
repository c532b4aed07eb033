import { describe, expect, it } from 'vitest';
import { sampleResults } from './fixtures/sample-results.ts';
import type { CheckResult } from './results.ts';
import { countChecks, groupByFeature, summaryCounts, verdictOf } from './stats.ts';

const c = (status: CheckResult['status'], baselined?: boolean) =>
  ({ id: 'a.b', title: '', feature: 'a', level: 'MUST', status, message: '', baselined, evidence: { probes: [], source: { ref: '' } } }) as CheckResult;

describe('counts', () => {
  it('agree with the summary of the sample run', () => {
    const r = sampleResults();
    const counted = countChecks(r.checks);
    expect(counted).toEqual(summaryCounts(r.summary));
    expect(counted.total).toBe(r.checks.length);
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
