// The streaming probes: the seeded chat request streamed (chat.seed sends it unstreamed: its control, and its text
// must match), a stream with include_usage sent together with its plain twin (the twin is its control, and the
// pair shows whether streams survive each other), and the SDK's stream helper on chat.basic's prompt.
import type { Probe } from '../../engine/types.ts';
import { PROMPT, seededRequest } from '../chat/probes.ts';

export const S = {
  basic: 'streaming.basic',
  usage: 'streaming.usage',
  sdk: 'streaming.sdk',
} as const;

/** the probes whose SSE frames (label "stream") the framing and chunk checks grade */
export const FRAME_PROBES: string[] = [S.basic, S.usage];

const post = (label: string, json: unknown) => ({
  label,
  method: 'POST' as const,
  path: '/chat/completions',
  json,
  stream: true,
});

const basic: Probe = {
  id: S.basic,
  feature: 'streaming',
  title: 'The seeded chat request, streamed',
  repeatable: true, // streaming.matches-nonstream compares it with chat.seed trial by trial
  cost: () => 1,
  async run(io) {
    await io.wire(post('stream', { ...seededRequest(io.ctx), stream: true }));
  },
};

const usage: Probe = {
  id: S.usage,
  feature: 'streaming',
  title: 'A stream with stream_options.include_usage and the same stream without it, sent at the same moment',
  cost: () => 2,
  async run(io) {
    const request = {
      model: io.ctx.model,
      messages: [{ role: 'user', content: 'Count to five in words.' }],
      stream: true,
    };
    // both in flight at once: apps run requests side by side, and some servers abort a running stream for a new one
    await Promise.all([
      io.wire(post('stream', { ...request, stream_options: { include_usage: true } })),
      io.wire(post('beside', request)),
    ]);
  },
};

const sdk: Probe = {
  id: S.sdk,
  feature: 'streaming',
  title: "openai-node chat.completions.stream() and finalChatCompletion(), on chat.basic's prompt",
  cost: () => 1,
  async run(io) {
    // the engine drains the returned stream, records every chunk and awaits finalChatCompletion()
    await io.sdk('sdk', async (c) =>
      c.chat.completions.stream({ model: io.ctx.model, messages: [{ role: 'user', content: PROMPT }] }),
    );
  },
};

export const probes: Probe[] = [basic, usage, sdk];
