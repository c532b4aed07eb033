// The same seeded request streamed and not streamed should give the same text.
import type { Check } from '../../engine/types.ts';
import { CONTROL, P as CHAT } from '../chat/probes.ts';
import { varies } from '../internal/attribution.ts';
import { jsonOf, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { chatChunks, streamedContent } from '../internal/sse.ts';
import { S } from './probes.ts';
import { streams } from './streams.ts';

export const matchesNonstream: Check = {
  id: 'streaming.matches-nonstream',
  title: 'A seeded request streams the same text it answers without streaming',
  feature: 'streaming',
  level: 'SHOULD',
  source: spec('CreateChatCompletionRequest.seed; stream (the same completion, delivered as chunks)'),
  breaks: ['apps and tests that switch streaming on and expect the same answer'],
  probes: [S.basic, CHAT.seed, CHAT.basic],
  repeatable: true,
  grade(t) {
    const r = streams(t, { frames: true, end: true });
    if (!r.ok) return r.grade;
    const seeded = varies(CONTROL, 'seed', 'seed');
    const n = jsonOf(t, CHAT.seed, 'first', seeded);
    if (!n.ok) return n.grade;
    const plain = (n.value.body as any)?.choices?.[0]?.message?.content;
    const streamed = streamedContent(chatChunks(r.items[0].read)).get(0) ?? '';
    if (typeof plain !== 'string')
      return {
        status: 'untestable',
        message: `the seeded answer has no text (${show(plain)})`,
        prerequisite: CHAT.seed,
      };
    if (streamed !== plain) {
      // the premise: the seed makes answers repeat; when chat.seed's own two answers differ, a different stream proves nothing
      const again = jsonOf(t, CHAT.seed, 'second', seeded);
      const second = again.ok ? (again.value.body as any)?.choices?.[0]?.message?.content : undefined;
      if (second !== plain)
        return {
          status: 'inconclusive',
          message: `the streamed text differs from the seeded answer, but the seeded request itself answered ${show(plain, 40)} then ${show(second, 40)}, so answers do not repeat here (chat.seed grades that; --trials N cannot change it)`,
        };
      return {
        status: 'fail',
        message: `the streamed text should equal the non-streamed answer: streamed ${show(streamed, 50)}, not streamed ${show(plain, 50)}`,
        details: { exchange: { probe: S.basic, label: 'stream' }, seen: [streamed, plain] },
      };
    }
    return { status: 'pass', message: `both give ${show(plain, 50)}` };
  },
};
