import { describe, expect, it } from 'vitest';
import type { TranscriptSet } from '../../engine/types.ts';
import { chatChunks, chatCompletion, ctx, errorBody, jsonEx, rawFrame, sseEx, tr } from '../internal/fixtures.ts';
import { S } from '../streaming/probes.ts';
import { P, PHRASE } from './probes.ts';
import { realisticAccepted, utf8RoundTrip, utf8Stream } from './realistic.ts';
import { chatSet, ECHO, withExchange } from './test-set.ts';

const c = ctx();
const boom = (label: string, status = 500, message = 'unexpected character') =>
  jsonEx(label, errorBody(message, null, null), { status });

/** the good set plus the plain stream that controls the realistic one */
function withStreamControl(t: TranscriptSet = chatSet()): TranscriptSet {
  return { ...t, [S.basic]: tr(S.basic, [sseEx('stream', chatChunks('Red, green and blue.'))]) };
}

describe('realistic text', () => {
  it('passes when the request is accepted and the phrase comes back whole, plain and streamed', () => {
    for (const check of [realisticAccepted, utf8RoundTrip, utf8Stream])
      expect(check.grade(chatSet(), c), check.id).toMatchObject({ status: 'pass' });
  });

  it('accepted: a 500 only on the realistic request fails (mock-llm answers 500 to any double quote)', () => {
    expect(realisticAccepted.grade(withExchange(P.realistic, boom('nonstream')), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "nonstream",
            "probe": "chat.realistic",
          },
          "seen": 500,
        },
        "message": "a message and a tool result containing a double quote, a backslash, a newline, a tab, accents, CJK and an astral emoji must be accepted, got HTTP 500: unexpected character (its control chat.multi-turn (tool-history) was accepted)",
        "status": "fail",
      }
    `);
  });

  it('accepted: untestable when the plain conversation failed too, or the refusal is a fixture miss', () => {
    const both = withExchange(P.realistic, boom('nonstream'));
    both[P.multiTurn].exchanges[2] = boom('tool-history');
    expect(realisticAccepted.grade(both, c).status).toBe('untestable');
    expect(
      realisticAccepted.grade(withExchange(P.realistic, boom('nonstream', 404, 'No fixture matched')), c).status,
    ).toBe('untestable');
  });

  it('round trip: mojibake fails; a model that does not repeat the phrase is inconclusive', () => {
    const moji = Buffer.from(ECHO, 'utf8').toString('latin1');
    expect(
      utf8RoundTrip.grade(withExchange(P.realistic, jsonEx('nonstream', chatCompletion(moji))), c).message,
    ).toMatchInlineSnapshot(
      `"the plain answer did not survive the round trip as UTF-8: "Zoë" came back as "ZoÃ«": UTF-8 was read as a single-byte encoding (mojibake)"`,
    );
    expect(
      utf8RoundTrip.grade(withExchange(P.realistic, jsonEx('nonstream', chatCompletion('It is sunny in Paris.'))), c),
    ).toMatchInlineSnapshot(`
      {
        "message": "the plain answer does not repeat "Zoë", "café", "東京", "🌍" ("It is sunny in Paris."), so their round trip was not observed; a real model may comply on another try: --trials 3 sends the request again",
        "status": "inconclusive",
      }
    `);
    expect(utf8RoundTrip.grade(withExchange(P.realistic, boom('nonstream')), c)).toMatchObject({
      status: 'untestable',
      prerequisite: 'chat.realistic-accepted',
    });
  });

  it('stream: a delta holding half of a surrogate pair fails, though the joined text is whole', () => {
    const [role, ...rest] = chatChunks('x');
    const delta = (content: string) => ({ ...rest[0], choices: [{ ...rest[0].choices[0], delta: { content } }] });
    const split = sseEx('stream', [role, delta('東京:\t\uD83C'), delta('\uDF0D café Zoë'), rest.at(-1)!]);
    expect(utf8Stream.grade(withExchange(P.realistic, split), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              1,
            ],
            "label": "stream",
            "probe": "chat.realistic",
          },
          "seen": ""東京:\\t\\ud83c"",
        },
        "message": "frame 1: delta.content "東京:\\t\\ud83c" holds half of a surrogate pair; each delta must hold whole characters",
        "status": "fail",
      }
    `);
  });

  it('stream: an unescaped newline breaks the frame; joined mojibake fails', () => {
    const unescaped = sseEx('stream', [
      rawFrame({
        raw: `data: {"choices":[{"index":0,"delta":{"content":"${PHRASE}"}}]}\n\n`,
        data: `{"choices":[{"index":0,"delta":{"content":"${PHRASE.split('\n')[0]}`,
      }),
    ]);
    expect(utf8Stream.grade(withExchange(P.realistic, unescaped), c).message).toMatchInlineSnapshot(
      `"frame 0 of the streamed answer must be JSON (data is not JSON): "{\\"choices\\":[{\\"index\\":0,\\"delta\\":{\\"content\\":\\"Zoë sa… (was a newline, tab or quote left unescaped?)"`,
    );
    const moji = sseEx('stream', chatChunks(Buffer.from(ECHO, 'utf8').toString('latin1')));
    expect(utf8Stream.grade(withExchange(P.realistic, moji), c).status).toBe('fail');
  });

  it('stream: a stream cut before the phrase came back is untestable, naming the cut', () => {
    const cut = sseEx('stream', chatChunks('Based on').slice(0, 2), { done: false });
    cut.error = { kind: 'connection', message: 'socket hang up' };
    expect(utf8Stream.grade(withExchange(P.realistic, cut), c)).toMatchInlineSnapshot(`
      {
        "message": "chat.realistic (stream): the stream was cut after 2 frames (socket hang up) before the phrase came back whole",
        "prerequisite": "chat.realistic (stream) ends",
        "status": "untestable",
      }
    `);
  });

  it('stream: a 500 on the realistic stream fails when the plain request and a plain stream were accepted', () => {
    const t = withStreamControl(withExchange(P.realistic, boom('stream')));
    expect(utf8Stream.grade(t, c).message).toMatchInlineSnapshot(
      `"a streamed message and tool result containing a double quote, a backslash, a newline, a tab, accents, CJK and an astral emoji must be accepted, got HTTP 500: unexpected character (its control streaming.basic (stream) was accepted)"`,
    );
    t[P.realistic].exchanges[0] = boom('nonstream');
    expect(utf8Stream.grade(t, c)).toMatchObject({ status: 'untestable', prerequisite: 'chat.realistic-accepted' });
  });
});
