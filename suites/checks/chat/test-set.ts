// Test helper: a transcript set in which every chat probe got a good answer; tests replace one piece.
import type { Exchange, Transcript, TranscriptSet } from '../../engine/types.ts';
import { chatCompletion, jsonEx, sdkOk, set, tr } from '../internal/fixtures.ts';
import { P } from './probes.ts';

const choice = (index: number, content: string, finish = 'stop', logprobs: unknown = null) => ({
  index,
  message: { role: 'assistant', content, refusal: null },
  logprobs,
  finish_reason: finish,
});

export const LOGPROBS = {
  content: [
    { token: 'Yes', logprob: -0.01, bytes: [89, 101, 115], top_logprobs: [{ token: 'Yes', logprob: -0.01, bytes: [89, 101, 115] }, { token: 'No', logprob: -4.6, bytes: [78, 111] }] },
  ],
  refusal: null,
};

export function chatTranscripts(): Record<string, Transcript> {
  const basic = chatCompletion();
  return {
    [P.basic]: tr(P.basic, [jsonEx('nonstream', basic), jsonEx('sdk', basic, { via: 'sdk' })], [sdkOk('sdk', { ...basic, _request_id: 'req_0123456789abcdef' })]),
    [P.multiTurn]: tr(P.multiTurn, [jsonEx('system', chatCompletion('Ada.')), jsonEx('developer', chatCompletion('Blue.')), jsonEx('tool-history', chatCompletion('It is sunny.'))]),
    [P.maxTokens]: tr(P.maxTokens, ['max_tokens', 'max_completion_tokens'].map((l) =>
      jsonEx(l, chatCompletion('The keeper climbed the', { choices: [choice(0, 'The keeper climbed the', 'length')], usage: { prompt_tokens: 20, completion_tokens: 5, total_tokens: 25 } })),
    )),
    [P.stop]: tr(P.stop, [jsonEx('stop', chatCompletion('1, 2, 3, '))]),
    [P.n]: tr(P.n, [jsonEx('n', chatCompletion('', { choices: [choice(0, 'Mittens'), choice(1, 'Felix')] }))]),
    [P.seed]: tr(P.seed, [jsonEx('first', chatCompletion('Red, green and blue.')), jsonEx('second', chatCompletion('Red, green and blue.'))]),
    [P.penalties]: tr(P.penalties, [jsonEx('penalties', chatCompletion('Apple, pear, plum, fig.'))]),
    [P.logprobs]: tr(P.logprobs, [jsonEx('logprobs', chatCompletion('Yes', { choices: [choice(0, 'Yes', 'stop', LOGPROBS)] }))]),
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
