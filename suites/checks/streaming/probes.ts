// The streaming probes: the seeded chat request streamed (its text must equal the non-streamed answer), a
// stream with include_usage, and the SDK's own stream helper.
import type { Probe } from '../../engine/types.ts';
import { seededRequest } from '../chat/probes.ts';

export const S = {
  basic: 'streaming.basic',
  usage: 'streaming.usage',
  sdk: 'streaming.sdk',
} as const;

/** the probes whose SSE frames the framing and chunk checks grade */
export const FRAME_PROBES: string[] = [S.basic, S.usage];

const post = (json: unknown) => ({ label: 'stream', method: 'POST' as const, path: '/chat/completions', json, stream: true });

const basic: Probe = {
  id: S.basic,
  feature: 'streaming',
  title: 'The seeded chat request, streamed',
  repeatable: true, // streaming.matches-nonstream compares it with chat.seed trial by trial
  cost: () => 1,
  async run(io) {
    await io.wire(post({ ...seededRequest(io.ctx), stream: true }));
  },
};

const usage: Probe = {
  id: S.usage,
  feature: 'streaming',
  title: 'A stream with stream_options.include_usage',
  cost: () => 1,
  async run(io) {
    await io.wire(
      post({ model: io.ctx.model, messages: [{ role: 'user', content: 'Count to five in words.' }], stream: true, stream_options: { include_usage: true } }),
    );
  },
};

const sdk: Probe = {
  id: S.sdk,
  feature: 'streaming',
  title: 'openai-node chat.completions.stream() and finalChatCompletion()',
  cost: () => 1,
  async run(io) {
    // the engine drains the returned stream, records every chunk and awaits finalChatCompletion()
    await io.sdk('sdk', async (c) =>
      c.chat.completions.stream({ model: io.ctx.model, messages: [{ role: 'user', content: 'Say hello in three words.' }] }),
    );
  },
};

export const probes: Probe[] = [basic, usage, sdk];
