import { describe, expect, it } from 'vitest';
import { P as CHAT } from '../chat/probes.ts';
import { chatCompletion, ctx, jsonEx, tr } from '../internal/fixtures.ts';
import { matchesNonstream } from './matches-nonstream.ts';
import { streamSet } from './test-set.ts';

const c = ctx();

describe('streaming.matches-nonstream', () => {
  it('passes when the streamed text equals the seeded answer', () => {
    expect(matchesNonstream.grade(streamSet(), c).status).toBe('pass');
  });

  it('fails when they differ although the seeded answers repeat', () => {
    const t = streamSet([
      tr(CHAT.seed, [
        jsonEx('first', chatCompletion('Blue, indigo and violet.')),
        jsonEx('second', chatCompletion('Blue, indigo and violet.')),
      ]),
    ]);
    expect(matchesNonstream.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": [
            "Red, orange and yellow.",
            "Blue, indigo and violet.",
          ],
        },
        "message": "the streamed text should equal the non-streamed answer: streamed "Red, orange and yellow.", not streamed "Blue, indigo and violet."",
        "status": "fail",
      }
    `);
  });

  it('is inconclusive when the seeded answers do not repeat themselves (chat.seed grades that)', () => {
    const t = streamSet([
      tr(CHAT.seed, [
        jsonEx('first', chatCompletion('Blue, indigo and violet.')),
        jsonEx('second', chatCompletion('Blue.')),
      ]),
    ]);
    expect(matchesNonstream.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "the streamed text differs from the seeded answer, but the seeded request itself answered "Blue, indigo and violet." then "Blue.", so answers do not repeat here (chat.seed grades that; --trials N cannot change it)",
        "status": "inconclusive",
      }
    `);
  });
});
