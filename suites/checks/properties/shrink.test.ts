import { describe, expect, it } from 'vitest';
import { shrinkCandidates } from './shrink.ts';

const request = {
  model: 'm',
  messages: [
    { role: 'system', content: 's' },
    { role: 'user', content: 'u' },
  ],
  n: 2,
  temperature: 0,
  logprobs: true,
  top_logprobs: 2,
  stop: 'x',
  seed: 1,
};

describe('shrinkCandidates', () => {
  it('offers halves, then single fields with their dependants, then the last user message', () => {
    const keys = shrinkCandidates({ request }, 'valid').map((c) => Object.keys(c.request).join(','));
    expect(keys).toMatchInlineSnapshot(`
      [
        "model,messages,stop,seed",
        "model,messages,n,temperature,logprobs",
        "model,messages,temperature,logprobs,top_logprobs,stop,seed",
        "model,messages,n,logprobs,top_logprobs,stop,seed",
        "model,messages,n,temperature,stop,seed",
        "model,messages,n,temperature,logprobs,stop,seed",
        "model,messages,n,temperature,logprobs,top_logprobs,seed",
        "model,messages,n,temperature,logprobs,top_logprobs,stop",
        "model,messages,n,temperature,logprobs,top_logprobs,stop,seed",
      ]
    `);
  });

  it('never drops the broken field of an invalid case, nor what it depends on', () => {
    const broken = { request: { ...request, top_logprobs: 'x' }, field: 'top_logprobs', how: 'wrong-type' };
    for (const c of shrinkCandidates(broken, 'invalid')) {
      expect(c.request).toHaveProperty('top_logprobs', 'x');
      expect(c.request).toHaveProperty('logprobs', true);
    }
    const inMessages = shrinkCandidates({ request, field: 'messages[1].role', how: 'bad-enum' }, 'invalid');
    expect(inMessages.every((c) => (c.request.messages as unknown[]).length === 2)).toBe(true);
  });
});
