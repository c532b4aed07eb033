import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, errorBody, jsonEx } from '../internal/fixtures.ts';
import { maxCompletionTokens, maxTokens, stopExcluded, stopHonoured } from './limits.ts';
import { P } from './probes.ts';
import { chatSet, withExchange } from './test-set.ts';

const c = ctx();
const story = '1, 2, 3, 4, 5, 6: here is the list again, exactly as asked.';

describe('limit checks', () => {
  it('pass when the caps and the stop sequence are honoured', () => {
    for (const check of [maxTokens, maxCompletionTokens, stopHonoured, stopExcluded])
      expect(check.grade(chatSet(), c).status, check.id).toBe('pass');
  });

  it('max_tokens ignored fails on usage, on length, or on finish_reason', () => {
    expect(
      maxTokens.grade(
        withExchange(
          P.maxTokens,
          jsonEx(
            'max_tokens',
            chatCompletion(story, { usage: { prompt_tokens: 20, completion_tokens: 21, total_tokens: 41 } }),
          ),
        ),
        c,
      ),
    ).toMatchInlineSnapshot(`
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
    expect(
      maxTokens.grade(withExchange(P.maxTokens, jsonEx('max_tokens', chatCompletion(story, { usage: undefined }))), c)
        .status,
    ).toBe('fail');
    expect(
      maxTokens.grade(withExchange(P.maxTokens, jsonEx('max_tokens', chatCompletion('1, 2', { usage: undefined }))), c),
    ).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "max_tokens",
            "probe": "chat.max-tokens",
          },
          "seen": "stop",
        },
        "message": "finish_reason must be "length" when max_tokens: 5 cuts the answer (the uncapped control ran longer), got "stop"",
        "status": "fail",
      }
    `);
  });

  it('max_tokens: no verdict on finish_reason when the control itself answered within the cap', () => {
    const t = withExchange(
      P.maxTokens,
      jsonEx(
        'max_tokens',
        chatCompletion('Hi!', { usage: { prompt_tokens: 24, completion_tokens: 2, total_tokens: 26 } }),
      ),
    );
    t[P.basic].exchanges[0] = jsonEx(
      'nonstream',
      chatCompletion('Hi!', { usage: { prompt_tokens: 24, completion_tokens: 2, total_tokens: 26 } }),
    );
    expect(maxTokens.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "finish_reason is "stop", and the control chat.basic (nonstream), the same prompt without a cap, answered in 5 tokens or fewer, so a cap of 5 had nothing to cut (--trials cannot help: the control is sent once per run)",
        "status": "inconclusive",
      }
    `);
  });

  it('max_tokens: an answer that ended for another reason (content_filter) is inconclusive', () => {
    const body = chatCompletion('1', { usage: undefined });
    body.choices[0].finish_reason = 'content_filter';
    expect(maxTokens.grade(withExchange(P.maxTokens, jsonEx('max_tokens', body)), c).message).toMatchInlineSnapshot(
      `"finish_reason "content_filter" says the answer ended for another reason than the cap, so the cap was not seen at work (chat.finish-reason judges the value)"`,
    );
  });

  it('max_completion_tokens rejected with 400 is unsupported', () => {
    const ex = jsonEx(
      'max_completion_tokens',
      errorBody('Unrecognized request argument supplied: max_completion_tokens', 'max_completion_tokens', null),
      { status: 400 },
    );
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

  it('stop: passes only when the unstopped control said the stop sequence and the stopped answer got close to it', () => {
    const canned = withExchange(P.stop, jsonEx('stop', chatCompletion('Hello!')));
    canned[P.basic].exchanges[0] = jsonEx('nonstream', chatCompletion('Hello!'));
    expect(stopHonoured.grade(canned, c)).toMatchInlineSnapshot(`
      {
        "message": "the control chat.basic (nonstream), the same prompt without stop, never said "4" ("Hello!"), so stopping there was not observed (--trials cannot help: the control is sent once per run)",
        "status": "inconclusive",
      }
    `);
    expect(stopExcluded.grade(canned, c).status).toBe('inconclusive');
    const refused = withExchange(P.stop, jsonEx('stop', chatCompletion('I cannot help with that.')));
    expect(stopHonoured.grade(refused, c)).toMatchInlineSnapshot(`
      {
        "message": "the stopped answer never reached "3", which comes just before "4" ("I cannot help with that."), so where generation stopped was not observed",
        "status": "inconclusive",
      }
    `);
  });
});
