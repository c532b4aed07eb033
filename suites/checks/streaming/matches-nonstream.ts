// The same seeded request streamed and not streamed should give the same text.
import type { Check } from '../../engine/types.ts';
import { CONTROL, P as CHAT } from '../chat/probes.ts';
import { varies } from '../internal/attribution.ts';
import { jsonOf, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { chatChunks, streamedContent } from '../internal/sse.ts';
import { S } from './probes.ts';
import { hasData, streamOf } from './streams.ts';

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
    const s = streamOf(t, S.basic);
    if (!s.ok) return s.grade;
    if (!hasData(s.value.read)) return { status: 'untestable', message: 'the stream carried no SSE data events (see streaming.sse-body)', prerequisite: S.basic };
    const n = jsonOf(t, CHAT.seed, 'first', varies(CONTROL, 'seed', 'seed'));
    if (!n.ok) return n.grade;
    const plain = (n.value.body as any)?.choices?.[0]?.message?.content;
    const streamed = streamedContent(chatChunks(s.value.read)).get(0) ?? '';
    if (typeof plain !== 'string') return { status: 'untestable', message: `the seeded answer has no text (${show(plain)})`, prerequisite: CHAT.seed };
    if (streamed !== plain)
      return { status: 'fail', message: `the streamed text should equal the non-streamed answer: streamed ${show(streamed, 50)}, not streamed ${show(plain, 50)}`, details: { exchange: { probe: S.basic, label: 'stream' }, seen: [streamed, plain] } };
    return { status: 'pass', message: `both give ${show(plain, 50)}` };
  },
};
