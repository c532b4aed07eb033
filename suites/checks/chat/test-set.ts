// Test helper: a transcript set in which every chat probe got a good answer; tests replace one piece.
import type { Exchange, Transcript, TranscriptSet } from '../../engine/types.ts';
import { chatChunks, chatCompletion, jsonEx, sdkOk, set, sseEx, tr } from '../internal/fixtures.ts';
import { P, PHRASE } from './probes.ts';

const choice = (index: number, content: string, finish = 'stop', logprobs: unknown = null) => ({
  index,
  message: { role: 'assistant', content, refusal: null },
  logprobs,
  finish_reason: finish,
});

export const LOGPROBS = {
  content: [
    {
      token: 'Yes',
      logprob: -0.01,
      bytes: [89, 101, 115],
      top_logprobs: [
        { token: 'Yes', logprob: -0.01, bytes: [89, 101, 115] },
        { token: 'No', logprob: -4.6, bytes: [78, 111] },
      ],
    },
  ],
  refusal: null,
};

/** the control's answer: PROMPT asks to repeat "1, 2, 3, 4, 5, 6" */
export const LIST = '1, 2, 3, 4, 5, 6';
/** a faithful answer to the realistic request: the phrase, repeated */
export const ECHO = `Based on the tool results: ${PHRASE}.`;

export function chatTranscripts(): Record<string, Transcript> {
  const basic = chatCompletion(LIST, { usage: { prompt_tokens: 24, completion_tokens: 11, total_tokens: 35 } });
  return {
    [P.basic]: tr(
      P.basic,
      [jsonEx('nonstream', basic), jsonEx('sdk', basic, { via: 'sdk' })],
      [sdkOk('sdk', { ...basic, _request_id: 'req_0123456789abcdef' })],
    ),
    [P.multiTurn]: tr(P.multiTurn, [
      jsonEx('system', chatCompletion('Ada.')),
      jsonEx('developer', chatCompletion('Blue.')),
      jsonEx('tool-history', chatCompletion('It is sunny.')),
    ]),
    [P.maxTokens]: tr(
      P.maxTokens,
      ['max_tokens', 'max_completion_tokens'].map((l) =>
        jsonEx(
          l,
          chatCompletion('1, 2, 3', {
            choices: [choice(0, '1, 2, 3', 'length')],
            usage: { prompt_tokens: 24, completion_tokens: 5, total_tokens: 29 },
          }),
        ),
      ),
    ),
    [P.stop]: tr(P.stop, [jsonEx('stop', chatCompletion('1, 2, 3, '))]),
    [P.n]: tr(P.n, [
      jsonEx(
        'n',
        chatCompletion('', {
          choices: [choice(0, LIST), choice(1, '1, 2, 3, 4, 5 and 6')],
          usage: { prompt_tokens: 24, completion_tokens: 23, total_tokens: 47 },
        }),
      ),
    ]),
    [P.seed]: tr(P.seed, [
      jsonEx('first', chatCompletion('Red, green and blue.')),
      jsonEx('second', chatCompletion('Red, green and blue.')),
    ]),
    [P.penalties]: tr(P.penalties, [
      jsonEx(
        'penalties',
        chatCompletion('1, 2, 3, 4, 5, 6.', { usage: { prompt_tokens: 24, completion_tokens: 12, total_tokens: 36 } }),
      ),
    ]),
    [P.logprobs]: tr(P.logprobs, [
      jsonEx('logprobs', chatCompletion('Yes', { choices: [choice(0, 'Yes', 'stop', LOGPROBS)] })),
    ]),
    [P.realistic]: tr(P.realistic, [
      jsonEx(
        'nonstream',
        chatCompletion(ECHO, { usage: { prompt_tokens: 150, completion_tokens: 20, total_tokens: 170 } }),
      ),
      sseEx('stream', chatChunks(ECHO)),
    ]),
  };
}

/** the good set with some transcripts replaced */
export function chatSet(replace: Transcript[] = []): TranscriptSet {
  return { ...chatTranscripts(), ...set(...replace) };
}

/** the good set with one exchange of one probe replaced */
export function withExchange(probe: string, ex: Exchange): TranscriptSet {
  const all = chatTranscripts();
  const t = all[probe];
  all[probe] = { ...t, exchanges: t.exchanges.map((e) => (e.label === ex.label && e.via === ex.via ? ex : e)) };
  return all;
}
