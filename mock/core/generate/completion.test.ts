import { describe, expect, it } from 'vitest';
import { completion, completionChunks, planCompletion, type CompletionRequest } from './completion.ts';
import { countTokens } from './tokenize.ts';

const meta = { id: 'cmpl-test', created: 1_700_000_000, model: 'gpt-3.5-turbo-instruct' };
const req = (extra: Partial<CompletionRequest> = {}): CompletionRequest => ({
  model: 'gpt-3.5-turbo-instruct',
  prompt: 'Once upon a time in a quiet village',
  ...extra,
});

describe('completion', () => {
  it('has the legacy shape and stops at the default 16 tokens', () => {
    const body = completion(req(), meta);
    expect(Object.keys(body)).toEqual(['id', 'object', 'created', 'model', 'choices', 'usage']);
    expect(body).toMatchObject({
      id: 'cmpl-test',
      object: 'text_completion',
      created: 1_700_000_000,
      model: meta.model,
    });
    expect(body.choices[0]).toEqual({
      text: expect.stringMatching(/^ Once upon a time/),
      index: 0,
      logprobs: null,
      finish_reason: 'length',
    });
    expect(countTokens(body.choices[0].text)).toBe(16);
    expect(body.usage).toEqual({ prompt_tokens: 8, completion_tokens: 16, total_tokens: 24 });
  });

  it('is deterministic, honours seed, stop and max_tokens', () => {
    expect(completion(req({ max_tokens: 100 }), meta)).toEqual(completion(req({ max_tokens: 100 }), meta));
    expect(completion(req({ max_tokens: 100, seed: 1 }), meta).choices[0].text).not.toBe(
      completion(req({ max_tokens: 100, seed: 2 }), meta).choices[0].text,
    );
    const stopped = completion(req({ max_tokens: 100, stop: ['village'] }), meta).choices[0];
    expect(stopped).toMatchObject({ text: ' Once upon a time in a quiet ', finish_reason: 'stop' });
    expect(completion(req({ max_tokens: 100 }), meta).choices[0].finish_reason).toBe('stop');
  });

  it('gives one choice per prompt × n, indexed prompt-major, and bills every prompt once', () => {
    const body = completion(req({ prompt: ['alpha beta', 'gamma'], n: 2 }), meta);
    expect(body.choices.map((c) => [c.index, c.text.slice(0, 6)])).toEqual([
      [0, ' alpha'],
      [1, ' alpha'],
      [2, ' gamma'],
      [3, ' gamma'],
    ]);
    expect(body.choices[0].text).not.toBe(body.choices[1].text);
    expect(body.usage.prompt_tokens).toBe(3);
    expect(completion(req({ prompt: [[1, 2, 3], [4]] }), meta).usage.prompt_tokens).toBe(4);
    expect(completion(req({ prompt: [7, 8] }), meta).choices).toHaveLength(1);
  });

  it('echoes the prompt before the text, with limits applied to the generated part only', () => {
    const c = completion(req({ echo: true, max_tokens: 2 }), meta).choices[0];
    expect(c.text).toBe('Once upon a time in a quiet village Once upon');
  });

  it('gives legacy logprobs: tokens, token_logprobs, top_logprobs maps and text offsets', () => {
    const c = completion(req({ logprobs: 2, max_tokens: 4 }), meta).choices[0];
    const lp = c.logprobs!;
    expect(lp.tokens.join('')).toBe(c.text);
    expect(lp.text_offset[0]).toBe('Once upon a time in a quiet village'.length);
    expect(lp.token_logprobs.every((x) => x !== null && x <= 0)).toBe(true);
    expect(lp.top_logprobs.every((m) => m !== null && Object.keys(m).length === 2)).toBe(true);
    const echoed = completion(req({ logprobs: 0, echo: true, max_tokens: 1 }), meta).choices[0].logprobs!;
    expect(echoed.token_logprobs[0]).toBeNull();
    expect(echoed.top_logprobs[0]).toBeNull();
    expect(echoed.text_offset.slice(0, 2)).toEqual([0, 4]);
  });

  it('streams fragments whose text joins to the non-streamed text, then text "" with finish_reason and usage', () => {
    for (const extra of [{}, { echo: true }, { n: 2, logprobs: 1 }]) {
      const r = req({ ...extra, stream: true, stream_options: { include_usage: true } });
      const body = completion(r, meta);
      const chunks = completionChunks(r, meta);
      body.choices.forEach((choice, i) => {
        const mine = chunks.filter((c) => c.choices[0]?.index === i);
        expect(mine.map((c) => c.choices[0].text).join('')).toBe(choice.text);
        expect(mine.filter((c) => c.choices[0].finish_reason !== null).map((c) => c.choices[0])).toEqual([
          { text: '', index: i, logprobs: null, finish_reason: choice.finish_reason },
        ]);
        if (choice.logprobs)
          expect(mine.flatMap((c) => c.choices[0].logprobs?.tokens ?? [])).toEqual(choice.logprobs.tokens);
        if (choice.logprobs)
          expect(mine.flatMap((c) => c.choices[0].logprobs?.text_offset ?? [])).toEqual(choice.logprobs.text_offset);
      });
      const last = chunks[chunks.length - 1];
      expect(last.choices).toEqual([]);
      expect(last.usage).toEqual(body.usage);
    }
  });

  it('uses scripted texts when given', () => {
    const plan = planCompletion(req({ n: 2 }), { texts: [' yes', ' no'] });
    expect(completion(req({ n: 2 }), meta, plan).choices.map((c) => c.text)).toEqual([' yes', ' no']);
  });
});
