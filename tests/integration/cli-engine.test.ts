// The engine end to end against the bundled mock: recorded exchanges, exact request counts, the budget,
// trials, a results.json that satisfies its schema, and offline re-grading.
import { describe, expect, it, vi } from 'vitest';
import { validate } from '../../schemas/index.ts';
import { regrade, runConform, type Check, type Probe } from '../../suites/index.ts';
import { fakeCheck, fakeSuite } from '../../suites/checks/internal/fixtures.ts';

describe('runConform against the bundled mock', () => {
  it('records raw and SDK exchanges, sends exactly the planned requests, and validates as results', async () => {
    const results = await runConform(fakeSuite());
    expect(results.checks.map((c) => [c.id, c.status])).toEqual([
      ['fake.json.answers', 'pass'],
      ['fake.stream.answers', 'pass'],
      ['fake.sdk.answers', 'pass'],
    ]);
    expect(results.requests).toBe(4);
    expect(results.plannedRequests).toBe(4);
    const t = results.transcripts!;
    expect(t['fake.sdk'].exchanges[0].via).toBe('sdk');
    expect(
      Object.values(t)
        .flatMap((tr) => tr.exchanges)
        .every((e) => typeof e.sentAtMs === 'number' && e.sentAtMs >= 0),
    ).toBe(true);
    expect(t['fake.sdk'].sdk[0]).toMatchObject({
      ok: true,
      attempts: 1,
      sdkVersion: expect.stringMatching(/^openai-node \d+\./),
    });
    const sse = t['fake.stream'].exchanges[0].response!;
    expect(sse.frames!.at(-1)!.data).toBe('[DONE]');
    expect(sse.frames!.every((f, i, all) => i === 0 || f.t >= all[i - 1].t)).toBe(true);
    const v = validate('results', JSON.parse(JSON.stringify(results)));
    expect(v.must).toEqual([]);
  });

  it('sends a probe once however many checks read it', async () => {
    const { probes } = fakeSuite();
    const checks = ['a.one', 'a.two', 'a.three'].map((id) =>
      fakeCheck(id, { status: 'pass' }, { probes: ['fake.json'] }),
    );
    const results = await runConform({ probes, checks });
    expect(results.requests).toBe(2); // preflight + fake.json once
    expect(Object.keys(results.transcripts!)).toEqual(['preflight', 'fake.json']);
  });

  it('never exceeds --budget; what does not fit is skipped with a message naming the budget', async () => {
    const results = await runConform({ ...fakeSuite(), budget: 2 });
    expect(results.requests).toBe(2);
    expect(results.checks.map((c) => c.status)).toEqual(['pass', 'skip', 'skip']);
    expect(results.checks[1].message).toMatchInlineSnapshot(
      `"probe fake.stream not sent: --budget 2 has 0 requests left and this probe needs 1"`,
    );
  });

  it('runs repeatable probes once per trial and grades each trial', async () => {
    let n = 0;
    const probe: Probe = {
      id: 'rep.p',
      feature: 'chat',
      title: 'r',
      repeatable: true,
      cost: () => 1,
      run: async (io) => void (await io.wire({ label: 'x', path: '/models' }), io.note(String(++n))),
    };
    const check: Check = fakeCheck(
      'rep.c',
      (t) => (t['rep.p'].notes![0] === '2' ? { status: 'fail', message: 'trial two' } : { status: 'pass' }),
      { probes: ['rep.p'], repeatable: true },
    );
    const results = await runConform({ probes: [probe], checks: [check], trials: 3, concurrency: 1 });
    expect(results.requests).toBe(4);
    expect(Object.keys(results.transcripts!)).toEqual(['preflight', 'rep.p', 'rep.p#2', 'rep.p#3']);
    expect(results.checks[0]).toMatchObject({
      status: 'fail',
      evidence: { trials: { passed: 2, total: 3, flaky: true } },
    });
  });

  it('re-grades saved transcripts to the same verdicts without sending a request', async () => {
    const results = await runConform(fakeSuite());
    const saved = JSON.parse(JSON.stringify(results));
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const again = regrade(saved, { checks: fakeSuite().checks });
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(again.checks).toEqual(results.checks);
      expect(again.summary).toEqual(results.summary);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('a probe that throws becomes an error verdict naming it, and a throwing grader one naming the exception', async () => {
    const bad: Probe = {
      id: 'bad.p',
      feature: 'chat',
      title: 'b',
      cost: () => 0,
      run: async () => {
        throw new Error('probe bug');
      },
    };
    const checks = [
      fakeCheck('bad.c', { status: 'pass' }, { probes: ['bad.p'] }),
      fakeCheck(
        'bad.g',
        () => {
          throw new TypeError('x is undefined');
        },
        { probes: ['fake.json'] },
      ),
    ];
    const results = await runConform({ probes: [bad, ...fakeSuite().probes], checks });
    expect(results.checks.map((c) => [c.status, c.message])).toEqual([
      ['error', 'probe bad.p failed: probe threw: probe bug'],
      ['error', 'grader threw: x is undefined'],
    ]);
  });
});
