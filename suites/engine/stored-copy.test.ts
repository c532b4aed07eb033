import { describe, expect, it } from 'vitest';
import type { Exchange, Results } from './types.ts';
import { cutBodies, storedTranscripts } from './stored-copy.ts';
import { regrade } from './regrade.ts';
import { ctx, fakeCheck, tr } from '../checks/internal/fixtures.ts';

const answer = (body: string): Exchange => ({
  label: 'list',
  via: 'wire',
  request: { method: 'GET', url: 'http://x/v1/models', headers: {} },
  response: { status: 200, headers: {}, body, bodyBytes: body.length, ttfbMs: 1, totalMs: 2 },
});
const BIG = JSON.stringify({ object: 'list', data: Array.from({ length: 50 }, (_, i) => ({ id: `m-${i}` })) });

describe('storedTranscripts', () => {
  it('cuts long bodies to the stored size and says how much the graders saw', () => {
    const t = { 'models.list': tr('models.list', [answer(BIG), answer('{}')]) };
    const stored = storedTranscripts(t, 100);
    const [cut, small] = stored['models.list'].exchanges;
    expect(cut.response).toMatchObject({ truncated: true, stored: { kept: 100, of: BIG.length } });
    expect(cut.response!.body).toBe(BIG.slice(0, 100));
    expect(small.response!.body).toBe('{}');
    expect(t['models.list'].exchanges[0].response!.body).toBe(BIG); // the graded transcripts are left whole
    expect(cutBodies(stored, ['models.list'])).toEqual([
      { probe: 'models.list', label: 'list', kept: 100, of: BIG.length },
    ]);
  });

  it('never ends the kept text on half a surrogate pair', () => {
    const body = `${'a'.repeat(9)}😀tail`;
    expect(storedTranscripts({ p: tr('p', [answer(body)]) }, 10).p.exchanges[0].response!.body).toBe('a'.repeat(9));
  });
});

describe('regrade of a run that keeps only part of a body', () => {
  const parses = fakeCheck(
    'models.json',
    (t) => {
      try {
        JSON.parse(t['models.list'].exchanges[0].response!.body);
        return { status: 'pass' };
      } catch {
        return { status: 'fail', message: 'GET /models must answer JSON' };
      }
    },
    { probes: ['models.list'] },
  );
  const status = fakeCheck('models.status', { status: 'pass' }, { probes: ['models.list'] });
  const saved = (checks: Results['checks']): Results => ({
    schemaVersion: 1,
    tool: { name: 'openai-conform', version: '0' },
    target: { baseUrl: 'http://x/v1', model: 'm' },
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1,
    requests: 2,
    summary: { pass: 2, fail: 0, warn: 0, unsupported: 0, inconclusive: 0, skip: 0, untestable: 0, error: 0 },
    checks,
    options: { context: ctx() },
    transcripts: storedTranscripts({ 'models.list': tr('models.list', [answer(BIG)]) }, 100),
  });
  const passed = (id: string) => ({
    id,
    title: id,
    feature: 'chat',
    level: 'MUST' as const,
    status: 'pass' as const,
    message: '',
    evidence: { probes: ['models.list'], source: { ref: 'spec: test' } },
  });

  it('says the body was cut instead of failing a check the live run graded whole', () => {
    const again = regrade(saved([passed('models.json'), passed('models.status')]), { checks: [parses, status] });
    expect(again.checks.map((c) => c.status)).toEqual(['inconclusive', 'pass']);
    expect(again.checks[0].message).toMatchInlineSnapshot(
      `"re-graded from a saved run that keeps only part of a body (probe models.list, exchange "list": 100 of 716 characters kept): the live run graded it whole and said pass; this check now says fail (GET /models must answer JSON). Re-run conform to grade the whole body."`,
    );
    expect(again.summary.inconclusive).toBe(1);
  });

  it('a check the live run did not have is inconclusive on a cut body too', () => {
    const again = regrade(saved([]), { checks: [status] });
    expect(again.checks[0]).toMatchObject({ status: 'inconclusive' });
    expect(again.checks[0].message).toContain('the live run did not grade this check; this check now says pass.');
  });
});
