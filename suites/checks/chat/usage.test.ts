import { describe, expect, it } from 'vitest';
import { chatCompletion, ctx, jsonEx } from '../internal/fixtures.ts';
import { P } from './probes.ts';
import { chatSet, withExchange } from './test-set.ts';
import { usageCompletion, usagePresent, usageTotal } from './usage.ts';

const c = ctx();

/** the good set with usage left out of every JSON answer */
function withoutUsage() {
  const t = chatSet();
  for (const tr of Object.values(t))
    for (const ex of tr.exchanges)
      if (!ex.response!.frames)
        ex.response!.body = JSON.stringify({ ...JSON.parse(ex.response!.body), usage: undefined });
  return t;
}

describe('chat usage checks', () => {
  it('pass on spec-shaped answers', () => {
    for (const check of [usagePresent, usageTotal, usageCompletion])
      expect(check.grade(chatSet(), c).status, check.id).toBe('pass');
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
    const partial = withExchange(
      P.basic,
      jsonEx('nonstream', chatCompletion(undefined, { usage: { prompt_tokens: 3, total_tokens: 3 } })),
    );
    expect(usagePresent.grade(partial, c).status).toBe('fail');
  });

  it('usage-total: a sum that does not add up fails', () => {
    const t = withExchange(
      P.basic,
      jsonEx(
        'nonstream',
        chatCompletion(undefined, { usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 20 } }),
      ),
    );
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

  it('usage absent (optional): only chat.usage warns; the checks of its values are inconclusive, naming it', () => {
    const t = withoutUsage();
    expect(usagePresent.grade(t, c).status).toBe('fail');
    expect(usageTotal.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "no chat answer reported usage with all three counts, so there is nothing to add up (usage is optional; chat.usage grades its absence)",
        "status": "inconclusive",
      }
    `);
    expect(usageCompletion.grade(t, c).status).toBe('inconclusive');
  });

  it('completion-tokens: fewer tokens than words fail, summed over the choices of n', () => {
    const zero = withExchange(
      P.basic,
      jsonEx(
        'nonstream',
        chatCompletion('1, 2, 3, 4, 5, 6', { usage: { prompt_tokens: 24, completion_tokens: 0, total_tokens: 24 } }),
      ),
    );
    expect(usageCompletion.grade(zero, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "nonstream",
            "probe": "chat.basic",
          },
          "seen": {
            "completion_tokens": 0,
            "words": 6,
          },
        },
        "message": "usage.completion_tokens must count every generated token, but it is 0 while the answer holds 6 words (each at least one token) in chat.basic "nonstream"",
        "status": "fail",
      }
    `);
    // two choices of six words each, billed as one
    const n = chatSet()[P.n];
    const body = JSON.parse(n.exchanges[0].response!.body);
    body.usage = { prompt_tokens: 24, completion_tokens: 11, total_tokens: 35 };
    expect(usageCompletion.grade(withExchange(P.n, jsonEx('n', body)), c).message).toMatchInlineSnapshot(
      `"usage.completion_tokens must count every generated token, but it is 11 while the 2 choices returned hold 13 words (each at least one token) in chat.n "n""`,
    );
  });
});
