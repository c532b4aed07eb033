// SSE framing quirks on the text frames: a missing or padded [DONE], keep-alive comments, a buffered stream.
import type { QuirkDef } from './types.ts';

const isDone = (frame: string) => frame.trim() === 'data: [DONE]';

async function* mapFrames(frames: AsyncIterable<string>, fn: (frame: string) => string | undefined) {
  for await (const frame of frames) {
    const out = fn(frame);
    if (out !== undefined) yield out;
  }
}

export const sseFramingQuirks = [
  {
    name: 'no-done',
    description: 'the stream ends without data: [DONE]',
    partB: [20],
    source: 'ikawrakow/ik_llama.cpp#467; gpustack/llama-box#2; mlc-ai/mlc-llm#1300; NousResearch/hermes-agent#90848',
    frames: (frames) => mapFrames(frames, (f) => (isDone(f) ? undefined : f)),
  },
  {
    name: 'done-trailing-space',
    description: 'data: [DONE] followed by a trailing space',
    partB: [21],
    source: 'mistralai/mistral-vibe PR #793',
    frames: (frames) => mapFrames(frames, (f) => (isDone(f) ? 'data: [DONE] \n\n' : f)),
  },
  {
    name: 'keep-alive-comments',
    description: 'SSE ": keep-alive" comments and blank lines before JSON bodies (valid: must not fail)',
    partB: [22],
    source: 'OpenRouter (openrouter.ai/docs/api-reference/streaming); DeepSeek "Rate Limit" doc',
    frames: async function* (frames) {
      yield ': OPENROUTER PROCESSING\n\n';
      let first = true;
      for await (const frame of frames) {
        if (!first) yield ': keep-alive\n\n';
        first = false;
        yield frame;
      }
    },
    // DeepSeek sends blank lines while a non-streamed answer is pending
    render: (text) => '\n\n' + text,
  },
  {
    name: 'buffered-stream',
    description: 'the whole stream is buffered and sent at the end',
    partB: [4],
    source: 'Ollama collapsed the whole stream into one piece with tools enabled (ollama/ollama#9092)',
    frames: async function* (frames) {
      const all: string[] = [];
      for await (const frame of frames) all.push(frame);
      if (all.length > 0) yield all.join('');
    },
  },
] as const satisfies readonly QuirkDef[];
