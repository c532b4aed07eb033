import { describe, expect, it } from 'vitest';
import { framesOf } from './sse.ts';

describe('framesOf', () => {
  it('frames each chunk as one data event and ends with exactly one [DONE]', async () => {
    let out = '';
    for await (const f of framesOf([{ a: 1 }, { b: 'x\ny' }])) out += f;
    expect(out).toBe('data: {"a":1}\n\ndata: {"b":"x\\ny"}\n\ndata: [DONE]\n\n');
  });
});
