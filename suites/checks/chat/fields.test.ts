import { describe, expect, it } from 'vitest';
import { chatCompletion, CREATED, ctx, jsonEx, skipped } from '../internal/fixtures.ts';
import { choiceIndex, createdSeconds, finishReason, object } from './fields.ts';
import { P } from './probes.ts';
import { chatSet, withExchange } from './test-set.ts';

const c = ctx();

describe('chat field checks', () => {
  it('pass on spec-shaped answers', () => {
    for (const check of [object, createdSeconds, choiceIndex, finishReason]) {
      expect(check.grade(chatSet(), c).status, check.id).toBe('pass');
    }
  });

  it('are untestable when the minimal request failed, naming chat.basic', () => {
    const t = withExchange(
      P.basic,
      jsonEx(
        'nonstream',
        { error: { message: 'boom', type: 'server_error', param: null, code: null } },
        { status: 500 },
      ),
    );
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

  it('created: a placeholder before 2015 fails, and so does a time in the future', () => {
    const early = withExchange(P.basic, jsonEx('nonstream', chatCompletion(undefined, { created: 23 })));
    expect(createdSeconds.grade(early, c).message).toMatchInlineSnapshot(
      `"created must be a plausible Unix time in seconds (after 2015-01-01), got 23 (1970-01-01T00:00:23Z) in chat.basic "nonstream""`,
    );
    // judged by the server's own Date header when it sends one (an hour of slack)...
    const date = { date: 'Fri, 21 Nov 2025 00:00:00 GMT' };
    const ahead = (s: number, headers: Record<string, string> = date) =>
      withExchange(P.basic, jsonEx('nonstream', chatCompletion(undefined, { created: CREATED + s }), { headers }));
    expect(createdSeconds.grade(ahead(3000), c).status).toBe('pass');
    expect(createdSeconds.grade(ahead(4 * 3600), c).message).toMatchInlineSnapshot(
      `"created must not be in the future, got 1763697600 (2025-11-21T04:00:00Z), 4 h after the response's Date header (2025-11-21T00:00:00Z) in chat.basic "nonstream""`,
    );
    // ...else by the time the run sent the request (2026-11-21 in the fixtures), with a day of slack
    expect(createdSeconds.grade(ahead(365 * 86_400, {}), c).status).toBe('pass');
    expect(createdSeconds.grade(ahead(367 * 86_400, {}), c).message).toMatchInlineSnapshot(
      `"created must not be in the future, got 1795392000 (2026-11-23T00:00:00Z), 2 days after the time the request was sent (2026-11-21T00:00:00Z) in chat.basic "nonstream""`,
    );
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
});
