import { describe, expect, it } from 'vitest';
import { verdictFor } from './grade.ts';
import { failsRun } from './fails-run.ts';
import { ctx as runContext, fakeCheck, skipped as notSent, tr } from '../checks/internal/fixtures.ts';

const t = { 'p.one': tr('p.one', []) };
const ctx = runContext();

describe('verdictFor', () => {
  it('keeps a MUST failure and turns SHOULD and MAY failures into warnings', () => {
    const fail = { status: 'fail', message: 'bad' } as const;
    expect(verdictFor(fakeCheck('a.b', fail), t, ctx).status).toBe('fail');
    expect(verdictFor(fakeCheck('a.b', fail, { level: 'SHOULD' }), t, ctx).status).toBe('warn');
    expect(verdictFor(fakeCheck('a.b', fail, { level: 'MAY' }), t, ctx).status).toBe('warn');
  });

  it('skips when a probe was not sent and errors when it failed, naming the probe', () => {
    const skipped = { 'p.one': notSent('p.one', '--budget 3 reached') };
    const broken = { 'p.one': { ...tr('p.one', []), failure: { kind: 'error' as const, message: 'timed out' } } };
    const check = fakeCheck('a.b', { status: 'pass' });
    expect(verdictFor(check, skipped, ctx)).toMatchObject({
      status: 'skip',
      message: 'probe p.one not sent: --budget 3 reached',
    });
    expect(verdictFor(check, broken, ctx)).toMatchObject({ status: 'error', message: 'probe p.one failed: timed out' });
  });

  it('reports a throwing grader as an error with its text, and untestable with its prerequisite', () => {
    const throwing = fakeCheck('a.b', () => {
      throw new Error('boom');
    });
    expect(verdictFor(throwing, t, ctx)).toMatchObject({ status: 'error', message: 'grader threw: boom' });
    const untestable = verdictFor(
      fakeCheck('a.b', { status: 'untestable', message: 'no tool call seen', prerequisite: 'tools.basic' }),
      t,
      ctx,
    );
    expect(untestable).toMatchObject({ status: 'untestable', evidence: { prerequisite: 'tools.basic' } });
    expect(failsRun(untestable)).toBe(true);
  });

  it('grades without an optional probe that was not sent, and lists it as evidence when it was', () => {
    const check = fakeCheck('a.b', (tr) => ({ status: 'pass', message: tr['p.two'] ? 'read both' : 'read one' }), {
      optionalProbes: ['p.two'],
    });
    expect(verdictFor(check, t, ctx)).toMatchObject({
      status: 'pass',
      message: 'read one',
      evidence: { probes: ['p.one'] },
    });
    const both = { ...t, 'p.two': tr('p.two', []) };
    expect(verdictFor(check, both, ctx)).toMatchObject({
      status: 'pass',
      message: 'read both',
      evidence: { probes: ['p.one', 'p.two'] },
    });
  });

  it('grades repeatable checks once per trial with a Wilson interval; one failed trial fails the check', () => {
    const trials = {
      'p.one': tr('p.one', [], [], ['ok']),
      'p.one#2': tr('p.one#2', [], [], ['bad']),
      'p.one#3': tr('p.one#3', [], [], ['ok']),
    };
    const check = fakeCheck(
      'a.b',
      (ts) => (ts['p.one'].notes?.[0] === 'ok' ? { status: 'pass' } : { status: 'fail', message: 'no' }),
      { repeatable: true },
    );
    const r = verdictFor(check, trials, runContext({ trials: 3 }));
    expect(r.status).toBe('fail');
    expect(r.evidence.trials).toEqual({ passed: 2, total: 3, low: 0.2077, high: 0.9385, flaky: true });
    expect(r.message).toMatchInlineSnapshot(`"2/3 trials passed (95% CI 21%–94%), flaky: no"`);
  });

  it('skips unclaimed features and fails unsupported claimed ones', () => {
    const claims = { features: new Set(['streaming']), file: 'claims.json' };
    expect(verdictFor(fakeCheck('a.b', { status: 'pass' }), t, ctx, { claims }).message).toMatchInlineSnapshot(
      `"feature "chat" not claimed in claims.json"`,
    );
    const unsupported = fakeCheck('a.b', { status: 'unsupported', message: 'no SSE' }, { feature: 'streaming' });
    expect(verdictFor(unsupported, t, ctx, { claims })).toMatchObject({ status: 'fail' });
    expect(verdictFor(unsupported, t, ctx)).toMatchObject({ status: 'unsupported' });
  });

  it('marks expected failures as baselined and a baselined check that passes as a stale failure', () => {
    const baseline = { ids: new Map([['a.b', 'known bug']]), file: 'base.json' };
    const failing = verdictFor(fakeCheck('a.b', { status: 'fail', message: 'bad' }), t, ctx, { baseline });
    expect(failing).toMatchObject({ status: 'fail', baselined: true });
    expect(failsRun(failing)).toBe(false);
    const stale = verdictFor(fakeCheck('a.b', { status: 'pass' }), t, ctx, { baseline });
    expect(stale.status).toBe('fail');
    expect(stale.message).toMatchInlineSnapshot(`"stale baseline entry: a.b now passes; remove it from base.json"`);
    expect(failsRun(stale)).toBe(true);
  });
});
