// Chunk rules: the schema at both levels, object, created, constant identity, and the first delta's role.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { clockOf, timeProblem } from '../chat/timestamps.ts';
import { everyItem } from '../internal/grade.ts';
import { show } from '../internal/read.ts';
import { shapeGrade } from '../internal/schema.ts';
import { sdk, spec } from '../internal/sources.ts';
import { chatChunks, isFilterChunk } from '../internal/sse.ts';
import { FRAME_CHECK_PROBES, streams, type Streamed } from './streams.ts';

type Test = (s: Streamed) => ReturnType<Parameters<typeof everyItem<Streamed>>[1]>;

function each(t: TranscriptSet, test: Test, pass: string): Grade {
  const r = streams(t);
  if (!r.ok) return r.grade;
  return everyItem(r.items, test, pass);
}

function shape(t: TranscriptSet, level: 'must' | 'should'): Grade {
  const r = streams(t);
  if (!r.ok) return r.grade;
  const items = r.items.flatMap((s) =>
    chatChunks(s.read).map((c) => ({
      value: c.chunk,
      where: `${s.probe} frame ${c.frame}`,
      exchange: { probe: s.probe, label: s.label, frames: [c.frame] },
    })),
  );
  return shapeGrade('chat-completion-chunk', level, items, 'stream chunks');
}

export const chunkShape: Check = {
  id: 'streaming.chunk-shape',
  title: 'Every chunk has the fields clients rely on',
  feature: 'streaming',
  level: 'MUST',
  source: spec('CreateChatCompletionStreamResponse'),
  breaks: ['openai-node ChatCompletionStream and typed clients'],
  probes: FRAME_CHECK_PROBES,
  grade: (t) => shape(t, 'must'),
};

export const chunkShapeFull: Check = {
  id: 'streaming.chunk-shape-full',
  title: 'Every chunk matches the full spec shape',
  feature: 'streaming',
  level: 'SHOULD',
  source: spec('CreateChatCompletionStreamResponse'),
  breaks: ['strictly generated clients that require every spec key'],
  divergences: [9, 11, 14, 15, 16],
  probes: FRAME_CHECK_PROBES,
  grade: (t) => shape(t, 'should'),
};

export const object: Check = {
  id: 'streaming.object',
  title: 'object is "chat.completion.chunk" on every chunk',
  feature: 'streaming',
  level: 'MUST',
  breaks: ['generated clients that decode object as a constant, and code that routes chunks by their object'],
  source: spec('CreateChatCompletionStreamResponse.object'),
  probes: FRAME_CHECK_PROBES,
  grade: (t) =>
    each(
      t,
      (s) => {
        const bad = chatChunks(s.read).find(
          (c) => !isFilterChunk(c.chunk) && c.chunk.object !== 'chat.completion.chunk',
        );
        return bad
          ? {
              message: `frame ${bad.frame}: object must be "chat.completion.chunk", got ${show(bad.chunk.object)}`,
              seen: bad.chunk.object,
              frames: [bad.frame],
            }
          : undefined;
      },
      'every chunk is a chat.completion.chunk',
    ),
};

export const createdSeconds: Check = {
  id: 'streaming.created-seconds',
  title: 'created is an integer Unix time in seconds, after 2015 and not in the future, on every chunk',
  feature: 'streaming',
  level: 'MUST',
  source: spec('CreateChatCompletionStreamResponse.created'),
  breaks: ['clients that render dates', 'typed clients (a decimal fails integer decoding)'],
  divergences: [15],
  probes: FRAME_CHECK_PROBES,
  grade: (t) =>
    each(
      t,
      (s) => {
        for (const c of chatChunks(s.read).filter((c) => !isFilterChunk(c.chunk))) {
          const m = timeProblem(c.chunk.created, clockOf(s.ex, t[s.probe]));
          if (m) return { message: `frame ${c.frame}: ${m}`, seen: c.chunk.created ?? null, frames: [c.frame] };
        }
        return undefined;
      },
      'created is a plausible time in seconds on every chunk',
    ),
};

export const constantFields: Check = {
  id: 'streaming.constant-fields',
  title: 'id, created and model are the same on every chunk',
  feature: 'streaming',
  level: 'SHOULD',
  source: spec(
    'CreateChatCompletionStreamResponse.id ("each chunk has the same ID"), created ("each chunk has the same timestamp")',
  ),
  breaks: ['clients that key a stream by the first chunk id (openai-node tolerates it: later chunks overwrite)'],
  divergences: [14, 16],
  probes: FRAME_CHECK_PROBES,
  grade: (t) =>
    each(
      t,
      (s) => {
        const cs = chatChunks(s.read);
        for (const key of ['id', 'created', 'model'] as const) {
          const first = cs[0]?.chunk[key];
          const other = cs.find((c) => c.chunk[key] !== first);
          if (other)
            return {
              message: `${key} should be the same on every chunk: frame ${cs[0].frame} has ${show(first)}, frame ${other.frame} has ${show(other.chunk[key])}`,
              seen: [first, other.chunk[key]],
              frames: [cs[0].frame, other.frame],
            };
        }
        return undefined;
      },
      'id, created and model are constant',
    ),
};

export const roleFirst: Check = {
  id: 'streaming.role-first',
  title: 'The first delta of each choice has role "assistant"',
  feature: 'streaming',
  level: 'MUST',
  source: sdk('src/lib/ChatCompletionStream.ts', 'finalChatCompletion() throws "missing role for choice N"'),
  breaks: [
    'openai-node 6 and 7 chat.completions.stream(): finalChatCompletion() throws',
    'LangChain and clients that build the message from the first delta',
  ],
  divergences: [13],
  probes: FRAME_CHECK_PROBES,
  grade: (t) =>
    each(
      t,
      (s) => {
        const seen = new Set<number>();
        // chunks with empty choices (Azure prompt filter results, the usage chunk) carry no delta: skip them
        for (const c of chatChunks(s.read)) {
          for (const ch of Array.isArray(c.chunk.choices) ? c.chunk.choices : []) {
            if (seen.has(ch?.index)) continue;
            seen.add(ch?.index);
            if (ch?.delta?.role !== 'assistant')
              return {
                message: `frame ${c.frame}: the first delta of choice ${show(ch?.index)} must have role "assistant", got ${show(ch?.delta?.role)}`,
                seen: ch?.delta ?? null,
                frames: [c.frame],
              };
          }
        }
        return seen.size > 0 ? undefined : { message: 'the stream must carry at least one choice, got none' };
      },
      'every choice starts with role "assistant"',
    ),
};
