import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, jsonEx, skipped } from '../internal/fixtures.ts';
import { choiceIndex, createdSeconds, finishReason, object, usagePresent, usageTotal } from './fields.ts';
import { P } from './probes.ts';
import { chatSet, withExchange } from './test-set.ts';

const c = ctx();

describe('chat field checks', () => {
  it('pass on spec-shaped answers', () => {
    for (const check of [object, createdSeconds, choiceIndex, finishReason, usagePresent, usageTotal]) {
      expect(check.grade(chatSet(), c).status, check.id).toBe('pass');
    }
  });

  it('are untestable when the minimal request failed, naming chat.basic', () => {
    const t = withExchange(P.basic, jsonEx('nonstream', { error: { message: 'boom', type: 'server_error', param: null, code: null } }, { status: 500 }));
    expect(object.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "the minimal chat request got HTTP 500: boom",
        "prerequisite": "chat.basic",
        "status": "untestable",
      }
    `);
  });

  it('skip when the probe was skipped', () => {
    expect(object.grade(chatSet([skipped(P.basic, 'feature excluded')]), c)).toMatchInlineSnapshot(`
      {
        "message": "feature excluded",
        "status": "skip",
      }
    `);
  });

  it('object: a wrong value fails with the value seen', () => {
    const t = withExchange(P.stop, jsonEx('stop', chatCompletion('1, 2, 3, ', { object: 'text_completion' })));
    expect(object.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stop",
            "probe": "chat.stop",
          },
          "seen": "text_completion",
        },
        "message": "object must be "chat.completion", got "text_completion" in chat.stop "stop"",
        "status": "fail",
      }
    `);
  });

  it('created: milliseconds and decimals fail (B15)', () => {
    const ms = withExchange(P.basic, jsonEx('nonstream', chatCompletion(undefined, { created: 1_763_683_200_123 })));
    expect(createdSeconds.grade(ms, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "nonstream",
            "probe": "chat.basic",
          },
          "seen": 1763683200123,
        },
        "message": "created must be in seconds, got 1763683200123 (milliseconds?) in chat.basic "nonstream"",
        "status": "fail",
      }
    `);
    const dec = withExchange(P.basic, jsonEx('nonstream', chatCompletion(undefined, { created: 1_763_683_200.5 })));
    expect(createdSeconds.grade(dec, c).status).toBe('fail');
  });

  it('index: a choice index that does not match its position fails', () => {
    const body = chatCompletion();
    body.choices = [body.choices[0], { ...body.choices[0], index: 0 }];
    expect(choiceIndex.grade(withExchange(P.n, jsonEx('n', body)), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "n",
            "probe": "chat.n",
          },
          "seen": 0,
        },
        "message": "choices[1].index must be 1, got 0 in chat.n "n"",
        "status": "fail",
      }
    `);
  });

  it('finish_reason: values outside the enum fail (B9)', () => {
    for (const v of ['eos', 'eos_token', 'end_turn', '', null]) {
      const body = chatCompletion();
      body.choices[0].finish_reason = v;
      expect(finishReason.grade(withExchange(P.basic, jsonEx('nonstream', body)), c).status, String(v)).toBe('fail');
    }
    const body = chatCompletion();
    body.choices[0].finish_reason = 'eos';
    expect(finishReason.grade(withExchange(P.basic, jsonEx('nonstream', body)), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "nonstream",
            "probe": "chat.basic",
          },
          "seen": "eos",
        },
        "message": "choices[0].finish_reason must be one of stop, length, tool_calls, content_filter, function_call, got "eos" in chat.basic "nonstream"",
        "status": "fail",
      }
    `);
  });

  it('usage: missing usage or a missing count is reported (B17)', () => {
    const none = withExchange(P.basic, jsonEx('nonstream', chatCompletion(undefined, { usage: undefined })));
    expect(usagePresent.grade(none, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "nonstream",
            "probe": "chat.basic",
          },
          "seen": undefined,
        },
        "message": "usage should be an object with token counts, got missing in chat.basic "nonstream"",
        "status": "fail",
      }
    `);
    const partial = withExchange(P.basic, jsonEx('nonstream', chatCompletion(undefined, { usage: { prompt_tokens: 3, total_tokens: 3 } })));
    expect(usagePresent.grade(partial, c).status).toBe('fail');
  });

  it('usage-total: a sum that does not add up fails', () => {
    const t = withExchange(P.basic, jsonEx('nonstream', chatCompletion(undefined, { usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 20 } })));
    expect(usageTotal.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "nonstream",
            "probe": "chat.basic",
          },
          "seen": {
            "completion_tokens": 5,
            "prompt_tokens": 12,
            "total_tokens": 20,
          },
        },
        "message": "usage.total_tokens must be 12 + 5 = 17, got 20 in chat.basic "nonstream"",
        "status": "fail",
      }
    `);
  });

  it('usage-total: untestable when no answer reports usage', () => {
    const t = chatSet();
    for (const tr of Object.values(t)) for (const ex of tr.exchanges) ex.response!.body = JSON.stringify({ ...JSON.parse(ex.response!.body), usage: undefined });
    expect(usageTotal.grade(t, c).status).toBe('untestable');
  });
});
