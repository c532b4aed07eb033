// finish_reason in streams: the key on every choice, null until the end, then exactly one value from the enum.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { FINISH_REASONS } from '../chat/fields.ts';
import { everyItem } from '../internal/grade.ts';
import { show } from '../internal/read.ts';
import { sdk, spec } from '../internal/sources.ts';
import { chatChunks, type ChunkAt } from '../internal/sse.ts';
import { FRAME_CHECK_PROBES, streams, type Streamed, type StreamsOptions } from './streams.ts';

type Test = (s: Streamed) => ReturnType<Parameters<typeof everyItem<Streamed>>[1]>;

function each(t: TranscriptSet, test: Test, pass: string, opts: StreamsOptions = {}): Grade {
  const r = streams(t, opts);
  if (!r.ok) return r.grade;
  return everyItem(r.items, test, pass);
}

function* choices(cs: ChunkAt[]): Generator<{ frame: number; choice: any }> {
  for (const c of cs)
    for (const choice of Array.isArray(c.chunk.choices) ? c.chunk.choices : []) yield { frame: c.frame, choice };
}

export const finishReasonKey: Check = {
  id: 'streaming.finish-reason-key',
  title: 'Every streamed choice carries the finish_reason key (null until the end)',
  feature: 'streaming',
  level: 'MUST',
  source: spec('CreateChatCompletionStreamResponse.choices[] required: finish_reason (nullable)'),
  breaks: ['typed clients that require the key (openai-go, openai-dotnet)', 'code testing finish_reason === null'],
  divergences: [11],
  probes: FRAME_CHECK_PROBES,
  grade: (t) =>
    each(
      t,
      (s) => {
        const frames = [...choices(chatChunks(s.read))]
          .filter((x) => !(x.choice && typeof x.choice === 'object' && 'finish_reason' in x.choice))
          .map((x) => x.frame);
        return frames.length === 0
          ? undefined
          : {
              message: `frame ${frames[0]}: every choice must carry the finish_reason key (null until the end); ${frames.length} choice deltas lack it`,
              frames,
            };
      },
      'every choice carries finish_reason',
    ),
};

export const finishReasonEnum: Check = {
  id: 'streaming.finish-reason-enum',
  title: 'Streamed finish_reason values are null or from the enum',
  feature: 'streaming',
  level: 'MUST',
  source: spec('CreateChatCompletionStreamResponse.choices[].finish_reason'),
  breaks: [
    'openai-dotnet (unknown enum values throw)',
    'apps that branch on finish_reason; "" is read as "not finished" by some and as a value by others',
  ],
  divergences: [9],
  probes: FRAME_CHECK_PROBES,
  grade: (t) =>
    each(
      t,
      (s) => {
        for (const { frame, choice } of choices(chatChunks(s.read))) {
          const v = choice?.finish_reason;
          if (v !== null && v !== undefined && !FINISH_REASONS.includes(v))
            return {
              message: `frame ${frame}: finish_reason must be null or one of ${FINISH_REASONS.join(', ')}, got ${show(v)}`,
              seen: v,
              frames: [frame],
            };
        }
        return undefined;
      },
      'finish_reason values are null or from the enum',
    ),
};

export const finishReasonOnce: Check = {
  id: 'streaming.finish-reason-once',
  title: 'Each choice gets exactly one finish_reason, on its last chunk',
  feature: 'streaming',
  level: 'MUST',
  source: sdk('src/lib/ChatCompletionStream.ts', 'finalChatCompletion() throws "missing finish_reason for choice N"'),
  breaks: [
    'openai-node 6 and 7 chat.completions.stream(): finalChatCompletion() throws when none arrives',
    'clients that stop reading at the first finish_reason (they cut the answer)',
  ],
  divergences: [10, 12],
  probes: FRAME_CHECK_PROBES,
  grade: (t) =>
    each(
      t,
      (s) => {
        const byChoice = new Map<number, { frames: number[]; last: number }>();
        for (const { frame, choice } of choices(chatChunks(s.read))) {
          const e = byChoice.get(choice?.index) ?? { frames: [], last: frame };
          e.last = frame;
          // "" is reported by streaming.finish-reason-enum; here it counts as "not finished"
          if (choice?.finish_reason != null && choice.finish_reason !== '') e.frames.push(frame);
          byChoice.set(choice?.index, e);
        }
        for (const [index, e] of byChoice) {
          if (e.frames.length === 0)
            return {
              message: `choice ${index} must end with a finish_reason, but none of its chunks has one`,
              seen: null,
            };
          if (e.frames.length > 1)
            return {
              message: `choice ${index} must get one finish_reason, got ${e.frames.length} (frames ${e.frames.slice(0, 5).join(', ')}${e.frames.length > 5 ? ', …' : ''})`,
              frames: e.frames,
            };
          if (e.frames[0] !== e.last)
            return {
              message: `choice ${index}: finish_reason must come on its last chunk (frame ${e.frames[0]}), but frame ${e.last} continues it`,
              frames: [e.frames[0], e.last],
            };
        }
        return undefined;
      },
      'every choice ends with exactly one finish_reason',
      { end: true },
    ),
};
