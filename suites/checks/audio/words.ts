// Word timestamps (spec: CreateTranscriptionRequest.timestamp_granularities, CreateTranscriptionResponseVerboseJson
// .words; reference A9): asked for with verbose_json, they come as words [{word, start, end}]. LocalAI answered
// words: null even then (R34). Judged only when the request asked for them and the answer is verbose_json.
import type { Check } from '../../engine/types.ts';
import { clip, isObject, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { VERBOSE } from './probes.ts';
import { PROBES, verbose } from './transcription.ts';

/** the granularities a recorded multipart summary sent (`name="value"` per field) */
const granularities = (sent: string) =>
  [...sent.matchAll(/\btimestamp_granularities(?:\[\d*\])?="([^"]*)"/g)].map((m) => m[1]);

export const verboseWords: Check = {
  id: 'audio.verbose-words',
  title: 'verbose_json asked with word timestamps has words: one {word, start, end} per word heard',
  feature: 'audio',
  // MUST: the app asked for word timing (karaoke, captions by word) and reads res.words; null or nothing there
  // leaves it with no timing at all, silently. The type of each word is audio.verbose-shape's to judge.
  level: 'MUST',
  source: spec(
    'CreateTranscriptionRequest.timestamp_granularities (word); CreateTranscriptionResponseVerboseJson.words',
  ),
  breaks: ['apps that time captions or highlights by word (LocalAI answered words: null: R34)'],
  probes: PROBES,
  grade(t) {
    const got = verbose(t);
    if (!got.ok) return got.grade;
    const asked = granularities(got.value.ex.request.body ?? '');
    if (!asked.includes('word'))
      return {
        status: 'inconclusive',
        message: `the verbose_json request did not ask for word timestamps (timestamp_granularities: ${asked.length ? asked.join(', ') : 'none'}): no words to expect`,
      };
    const body = got.value.body;
    if (!isObject(body) || !('duration' in body))
      return {
        status: 'untestable',
        message: `the verbose_json request was answered without a duration, so not as verbose_json: ${show(body)} (see audio.verbose-shape)`,
        prerequisite: 'audio.verbose-shape',
      };
    const words = body.words;
    if (words === undefined || words === null)
      return {
        status: 'fail',
        message: `word timestamps were asked, but words is ${words === null ? 'null' : 'missing'}`,
        details: { exchange: VERBOSE, seen: words ?? null },
      };
    if (!Array.isArray(words))
      return {
        status: 'untestable',
        message: `words is ${show(words)}, not an array (see audio.verbose-shape)`,
        prerequisite: 'audio.verbose-shape',
      };
    const heard = typeof body.text === 'string' ? body.text.trim() : '';
    if (words.length === 0 && heard === '')
      return { status: 'inconclusive', message: 'nothing was heard (text is empty): no word to time' };
    if (words.length === 0)
      return {
        status: 'fail',
        message: `words is empty, yet the text has ${heard.split(/\s+/).length} word(s): ${clip(heard, 60)}`,
        details: { exchange: VERBOSE },
      };
    return { status: 'pass', message: `${words.length} word(s) timed, the first ${show(words[0])}` };
  },
};
