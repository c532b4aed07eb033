import { expect, it } from 'vitest';
import { chatBody, jsonExchange, trialOf } from '../fake-exchanges.ts';
import { expectStop } from './stop.ts';

const body = { stop: ['END'] };
const said = (content: string, label = 'trial-1') => jsonExchange(chatBody({ content }), { label });
const control = said('one two END three', 'control');

it('passes when the answer stops before a sequence the control shows would appear', () => {
  expect(expectStop(trialOf(said('one two '), body, control), '/chat/completions').status).toBe('pass');
});

it('fails when the stop sequence is in the answer', () => {
  expect(expectStop(trialOf(said('one two END three'), body, control), '/chat/completions')).toMatchInlineSnapshot(`
    {
      "message": "the answer contains the stop sequence "END"; it must end before it",
      "seen": "one two END three",
      "status": "fail",
    }
  `);
});

it('is inconclusive when the control never contains the sequence, or was refused', () => {
  const plain = said('one two three', 'control');
  expect(expectStop(trialOf(said('one two'), body, plain), '/chat/completions').message).toMatch(
    /^without `stop` the answer contains none of \["END"\], so honouring it cannot be observed/,
  );
  const refused = jsonExchange({ error: { message: 'busy' } }, { status: 503, label: 'control' });
  expect(expectStop(trialOf(said('one two'), body, refused), '/chat/completions')).toEqual({
    status: 'inconclusive',
    message: 'the control request without `stop` answered 503: busy, so honouring stop cannot be observed',
  });
});
