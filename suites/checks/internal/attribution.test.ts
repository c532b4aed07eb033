import { describe, expect, it } from 'vitest';
import type { TranscriptSet } from '../../engine/types.ts';
import { endpointVaries, rejectionOf, varies } from './attribution.ts';
import { chatAnswer, errorBody, jsonEx, set, tr } from './fixtures.ts';
import { answeredOf, type Need } from './read.ts';

const CONTROL = { probe: 'base', label: 'plain' };
const N = varies(CONTROL, 'n = 2', 'n');
const ok = chatAnswer({ content: 'hi' });

/** the control answered `control`, the variant answered `variant` */
function run(control: [number, unknown], variant: [number, unknown]): TranscriptSet {
  return set(
    tr('base', [jsonEx('plain', control[1], { status: control[0] })]),
    tr('p', [jsonEx('x', variant[1], { status: variant[0] })]),
  );
}
const grade = (r: Need<unknown>) => (r.ok ? 'ok' : `${r.grade.status}: ${'message' in r.grade ? r.grade.message : ''}`);

describe('a 4xx to a variant', () => {
  it('is unsupported when the control was accepted and the error is about the variation', () => {
    expect(
      grade(answeredOf(run([200, ok], [400, errorBody('n must be 1', null, null)]), 'p', 'x', N)),
    ).toMatchInlineSnapshot(
      `"unsupported: n = 2 is not supported: p (x) answered 400 (n must be 1) while its control base (plain) was accepted"`,
    );
    // a 403 counts when the error names the parameter
    expect(
      grade(
        answeredOf(run([200, ok], [403, errorBody("parameter 'n' is not allowed", null, null)]), 'p', 'x', N),
      ).split(':')[0],
    ).toBe('unsupported');
  });

  it('is untestable, naming the control, when the control was refused too (a fixture server, a wrong model)', () => {
    expect(
      grade(
        answeredOf(run([404, { error: 'No fixture matched' }], [404, { error: 'No fixture matched' }]), 'p', 'x', N),
      ),
    ).toMatchInlineSnapshot(
      `"untestable: p (x) was refused with 404 (No fixture matched), but its control base (plain) (the same request without n = 2) was refused too, with 404: No fixture matched"`,
    );
    expect(
      grade(
        answeredOf(
          run(
            [400, errorBody('model gpt-4o-minii does not exist', null, null)],
            [400, errorBody('model gpt-4o-minii does not exist', null, null)],
          ),
          'p',
          'x',
          N,
        ),
      ).split(':')[0],
    ).toBe('untestable');
  });

  it('is untestable when the error is about something else, although the control was accepted', () => {
    expect(
      grade(answeredOf(run([200, ok], [404, { error: 'No fixture matched' }]), 'p', 'x', N)),
    ).toMatchInlineSnapshot(
      `"untestable: p (x) answered 404 (No fixture matched), which is not about n = 2: its control base (plain) was accepted, so something else was refused"`,
    );
  });

  it('matches parameter names as words, not inside other words', () => {
    expect(
      grade(answeredOf(run([200, ok], [403, errorBody('Not allowed: unknown tenant', null, null)]), 'p', 'x', N)).split(
        ':',
      )[0],
    ).toBe('untestable');
  });

  it('an endpoint variant also takes 404 and 405 as "not offered"', () => {
    const v = endpointVaries(CONTROL, 'legacy /completions', 'completions');
    expect(grade(answeredOf(run([200, ok], [404, 'Not Found']), 'p', 'x', v)).split(':')[0]).toBe('unsupported');
    expect(grade(answeredOf(run([200, ok], [405, 'Method Not Allowed']), 'p', 'x', v)).split(':')[0]).toBe(
      'unsupported',
    );
  });
});

describe('rejectionOf', () => {
  const T = varies(CONTROL, 'temperature 7', 'temperature');
  it('yields the rejecting exchange only when the valid twin was accepted and the error is about the field', () => {
    expect(
      grade(
        rejectionOf(
          run([200, ok], [400, errorBody('temperature must be <= 2', null, null)]),
          { probe: 'p', label: 'x' },
          T,
        ),
      ),
    ).toBe('ok');
    expect(grade(rejectionOf(run([200, ok], [200, ok]), { probe: 'p', label: 'x' }, T))).toBe('ok'); // accepted: the caller fails it
    expect(
      grade(
        rejectionOf(
          run([404, { error: 'No fixture matched' }], [404, { error: 'No fixture matched' }]),
          { probe: 'p', label: 'x' },
          T,
        ),
      ),
    ).toMatchInlineSnapshot(
      `"untestable: cannot judge the rejection of temperature 7: the valid twin base (plain) (the same request without temperature 7) was refused too, with 404: No fixture matched"`,
    );
    expect(
      grade(rejectionOf(run([200, ok], [404, { error: 'No fixture matched' }]), { probe: 'p', label: 'x' }, T)),
    ).toMatchInlineSnapshot(
      `"untestable: p (x) was refused with 404 (No fixture matched), which is not about temperature 7, while its valid twin base (plain) was accepted"`,
    );
  });
});
