import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, errorBody, jsonEx } from '../internal/fixtures.ts';
import { maxCompletionTokens, maxTokens, stopExcluded, stopHonoured } from './limits.ts';
import { P } from './probes.ts';
import { chatSet, withExchange } from './test-set.ts';

const c = ctx();
const story = 'The keeper climbed the stairs as the storm rolled in over the grey sea and the lamp flickered.';

describe('limit checks', () => {
  it('pass when the caps and the stop sequence are honoured', () => {
    for (const check of [maxTokens, maxCompletionTokens, stopHonoured, stopExcluded]) expect(check.grade(chatSet(), c).status, check.id).toBe('pass');
  });

  it('max_tokens ignored fails on usage, on length, or on finish_reason', () => {
    expect(maxTokens.grade(withExchange(P.maxTokens, jsonEx('max_tokens', chatCompletion(story, { usage: { prompt_tokens: 20, completion_tokens: 21, total_tokens: 41 } }))), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "max_tokens",
            "probe": "chat.max-tokens",
          },
          "seen": 21,
        },
        "message": "max_tokens: 5 must cap the answer, but usage.completion_tokens is 21",
        "status": "fail",
      }
    `);
    expect(maxTokens.grade(withExchange(P.maxTokens, jsonEx('max_tokens', chatCompletion(story, { usage: undefined }))), c).status).toBe('fail');
    expect(maxTokens.grade(withExchange(P.maxTokens, jsonEx('max_tokens', chatCompletion('The keeper', { usage: undefined }))), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "max_tokens",
            "probe": "chat.max-tokens",
          },
          "seen": "stop",
        },
        "message": "finish_reason must be "length" when max_tokens: 5 cuts the answer, got "stop"",
        "status": "fail",
      }
    `);
  });

  it('max_completion_tokens rejected with 400 is unsupported', () => {
    const ex = jsonEx('max_completion_tokens', errorBody("Unrecognized request argument supplied: max_completion_tokens", 'max_completion_tokens', null), { status: 400 });
    expect(maxCompletionTokens.grade(withExchange(P.maxTokens, ex), c).status).toBe('unsupported');
  });

  it('stop ignored fails both checks; stop kept in the output fails only stop-excluded (B37)', () => {
    const ignored = withExchange(P.stop, jsonEx('stop', chatCompletion('1, 2, 3, 4, 5, 6')));
    expect(stopHonoured.grade(ignored, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stop",
            "probe": "chat.stop",
          },
          "seen": "1, 2, 3, 4, 5, 6",
        },
        "message": "generation must stop at "4", but the answer goes on to "5": "1, 2, 3, 4, 5, 6"",
        "status": "fail",
      }
    `);
    expect(stopExcluded.grade(ignored, c).status).toBe('fail');
    const kept = withExchange(P.stop, jsonEx('stop', chatCompletion('1, 2, 3, 4')));
    expect(stopHonoured.grade(kept, c).status).toBe('pass');
    expect(stopExcluded.grade(kept, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stop",
            "probe": "chat.stop",
          },
          "seen": "1, 2, 3, 4",
        },
        "message": "the answer must not contain the stop sequence "4": "1, 2, 3, 4"",
        "status": "fail",
      }
    `);
  });
});
