import { expect, it } from 'vitest';
import { jsonExchange, trialOf } from '../fake-exchanges.ts';
import { expectStatus } from './status.ts';

const error = { error: { message: 'model not found', type: 'invalid_request_error', param: 'model', code: null } };

it('passes on the status expected (any 2xx when none is given)', () => {
  expect(expectStatus(undefined, trialOf(jsonExchange({}, { status: 201 }))).status).toBe('pass');
  expect(expectStatus([400, 404], trialOf(jsonExchange(error, { status: 404 }))).status).toBe('pass');
});

it('fails on another status, quoting the error', () => {
  expect(expectStatus(200, trialOf(jsonExchange(error, { status: 404 })))).toMatchInlineSnapshot(`
    {
      "message": "answered 404: model not found; expected 200",
      "seen": 404,
      "status": "fail",
    }
  `);
  expect(expectStatus(400, trialOf(jsonExchange({}))).message).toBe('answered 200; expected 400');
});

it('leaves the case untested on a transient status it did not expect', () => {
  const limited = jsonExchange({ error: { message: 'Rate limit reached' } }, { status: 429 });
  expect(expectStatus(200, trialOf(limited)).status).toBe('untestable');
  expect(expectStatus(429, trialOf(limited)).status).toBe('pass');
});
