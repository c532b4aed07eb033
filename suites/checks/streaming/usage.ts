// stream_options.include_usage: one usage chunk with empty choices right before [DONE], null usage elsewhere.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { isObject, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { chatChunks } from '../internal/sse.ts';
import { S } from './probes.ts';
import { hasData, wholeStreamOf, type Streamed } from './streams.ts';

const SOURCE = spec('CreateChatCompletionStreamResponse.usage; ChatCompletionStreamOptions.include_usage');

function usageStream(t: TranscriptSet): { ok: true; s: Streamed } | { ok: false; grade: Grade } {
  const r = wholeStreamOf(t, { probe: S.usage, label: 'stream' });
  if (!r.ok) return r;
  if (!hasData(r.value.read))
    return {
      ok: false,
      grade: {
        status: 'untestable',
        message: 'the include_usage stream carried no SSE data events (see streaming.sse-body)',
        prerequisite: S.usage,
      },
    };
  return { ok: true, s: r.value };
}

const counts = (u: any) =>
  ['prompt_tokens', 'completion_tokens', 'total_tokens'].every((k) => Number.isInteger(u?.[k]) && u[k] >= 0);

export const usageChunk: Check = {
  id: 'streaming.usage-chunk',
  title: 'With include_usage, a final chunk with choices [] carries the usage, right before [DONE]',
  feature: 'streaming',
  level: 'MUST',
  source: SOURCE,
  breaks: ['token accounting of streamed calls (Vercel AI SDK, LangChain and openai-node users read the last chunk)'],
  divergences: [18],
  probes: [S.usage],
  grade(t) {
    const r = usageStream(t);
    if (!r.ok) return r.grade;
    const { s } = r;
    const cs = chatChunks(s.read);
    const exchange = { probe: S.usage, label: s.label };
    const withUsage = cs.filter((c) => isObject(c.chunk.usage));
    if (withUsage.length === 0)
      return {
        status: 'fail',
        message: `include_usage: true must add a final chunk with usage, but none of the ${cs.length} chunks has one`,
        details: { exchange },
      };
    const last = cs.at(-1)!;
    const u = last.chunk.usage;
    if (!isObject(u))
      return {
        status: 'fail',
        message: `the usage chunk must be the last chunk before [DONE], but frame ${last.frame} follows it without usage`,
        details: { exchange: { ...exchange, frames: [withUsage.at(-1)!.frame, last.frame] } },
      };
    if (!Array.isArray(last.chunk.choices) || last.chunk.choices.length !== 0)
      return {
        status: 'fail',
        message: `frame ${last.frame}: the usage chunk must have choices [], got ${show(last.chunk.choices)}`,
        details: { exchange: { ...exchange, frames: [last.frame] }, seen: last.chunk.choices ?? null },
      };
    if (!counts(u))
      return {
        status: 'fail',
        message: `frame ${last.frame}: usage must have integer prompt_tokens, completion_tokens and total_tokens, got ${show(u)}`,
        details: { exchange: { ...exchange, frames: [last.frame] }, seen: u },
      };
    if (u.total_tokens !== u.prompt_tokens + u.completion_tokens)
      return {
        status: 'fail',
        message: `frame ${last.frame}: usage.total_tokens must be ${u.prompt_tokens} + ${u.completion_tokens}, got ${u.total_tokens}`,
        details: { exchange: { ...exchange, frames: [last.frame] }, seen: u },
      };
    return {
      status: 'pass',
      message: `frame ${last.frame} carries the usage (${u.total_tokens} tokens) with choices []`,
    };
  },
};

export const usageNullElsewhere: Check = {
  id: 'streaming.usage-null-elsewhere',
  title: 'With include_usage, chunks before the usage chunk have usage null',
  feature: 'streaming',
  level: 'SHOULD',
  source: SOURCE,
  breaks: ['clients that add up usage from every chunk (they count it many times)'],
  divergences: [18],
  probes: [S.usage],
  grade(t) {
    const r = usageStream(t);
    if (!r.ok) return r.grade;
    const cs = chatChunks(r.s.read);
    if (!cs.some((c) => isObject(c.chunk.usage)))
      return {
        status: 'inconclusive',
        message: `none of the ${cs.length} chunks carries usage, so no early usage could show (streaming.usage-chunk grades the missing usage chunk)`,
      };
    const early = cs.slice(0, -1).filter((c) => c.chunk.usage != null);
    if (early.length === 0) return { status: 'pass', message: 'only the final chunk carries usage' };
    return {
      status: 'fail',
      message: `usage should be null except on the final chunk, but ${early.length} earlier chunks carry it (frame ${early[0].frame}: ${show(early[0].chunk.usage)})`,
      details: {
        exchange: { probe: S.usage, label: r.s.label, frames: early.map((c) => c.frame).slice(0, 20) },
        seen: early[0].chunk.usage,
      },
    };
  },
};
