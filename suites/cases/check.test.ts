import { describe, expect, it } from 'vitest';
import type { Case } from '../../schemas/generated/cases.ts';
import type { RunContext, TranscriptSet } from '../engine/types.ts';
import { caseCheck } from './check.ts';
import { chatBody, jsonExchange } from './fake-exchanges.ts';

const ctx = { trials: 1 } as RunContext;
const hello: Case = {
  name: 'hello',
  request: { path: '/chat/completions', body: { model: 'm', messages: [] } },
  expect: { content: { contains: 'hello' } },
  trials: { count: 5, passRate: 0.6 },
};
const transcript = (answers: string[]): TranscriptSet => ({
  'cases.hello': {
    probeId: 'cases.hello',
    startedAt: '2026-12-01T00:00:00Z',
    durationMs: 1,
    sdk: [],
    exchanges: answers.map((content, i) => jsonExchange(chatBody({ content }), { label: `trial-${i + 1}` })),
  },
});
const check = caseCheck(hello, 'cases.hello', 'cases.json');

it('names the file, the case and what it expects as its source', () => {
  expect(check.source.ref).toBe(
    'cases: cases.json › hello · expect {"content":{"contains":"hello"}} · trials {"count":5,"passRate":0.6}',
  );
});

describe('trials with a required pass rate', () => {
  it('passes when the share of passing trials reaches it', () => {
    const g = check.grade(transcript(['hello', 'hello', 'hello', 'bye', 'bye']), ctx);
    expect(g.status).toBe('pass');
    expect(g.message).toBe('3/5 trials passed (60% required; 95% CI 23%–88%)');
  });

  it('fails below it, naming the first failing trial', () => {
    const g = check.grade(transcript(['hello', 'hello', 'bye', 'bye', 'bye']), ctx);
    expect(g).toMatchObject({
      status: 'fail',
      message: '2/5 trials passed (60% required; 95% CI 12%–77%); trial-3: content does not contain "hello": "bye"',
      details: { trials: { passed: 2, total: 5, flaky: true }, exchange: { probe: 'cases.hello', label: 'trial-3' } },
    });
  });

  it('requires every trial by default, the count from --trials when the case gives none', () => {
    const strict = caseCheck({ ...hello, trials: undefined }, 'cases.hello', 'cases.json');
    const g = strict.grade(transcript(['hello', 'hello', 'bye']), { trials: 3 } as RunContext);
    expect(g.status).toBe('fail');
    expect(g.message).toMatch(/^2\/3 trials passed \(100% required/);
  });

  it('leaves out trials a transient status left untested; all of them: untestable, naming why', () => {
    const limited = (k: number) =>
      jsonExchange({ error: { message: 'Rate limit reached' } }, { status: 429, label: `trial-${k}` });
    const t = transcript(['hello', 'hello']);
    t['cases.hello']!.exchanges.push(limited(3));
    const g = caseCheck({ ...hello, trials: { count: 3 } }, 'cases.hello', 'cases.json').grade(t, ctx);
    expect(g.message).toBe(
      '2/2 trials passed (100% required; 95% CI 34%–100%), 1 not graded (inconclusive or transient)',
    );
    const single = caseCheck({ ...hello, trials: undefined }, 'cases.hello', 'cases.json');
    const only = { 'cases.hello': { ...t['cases.hello']!, exchanges: [limited(1)] } };
    expect(single.grade(only, ctx)).toMatchObject({
      status: 'untestable',
      prerequisite: 'cases.hello answered without a transient status',
    });
  });

  it('is untestable when the probe did not run', () => {
    expect(check.grade({}, ctx)).toMatchObject({ status: 'untestable', prerequisite: 'cases.hello' });
  });
});
