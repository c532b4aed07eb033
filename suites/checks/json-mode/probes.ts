// JSON mode: the same instruction asked twice, streamed and not (2 requests).
import type { Probe, ProbeIO } from '../../engine/types.ts';

// the API requires the word "JSON" in the messages for json_object; the system message carries it
export const JSON_MODE_MESSAGES = [
  { role: 'system', content: 'You reply with a single JSON object and nothing else.' },
  { role: 'user', content: 'Give the capital of France as JSON with the keys "country" and "capital".' },
];

const ask = (io: ProbeIO, label: string, stream: boolean) =>
  io.wire({
    label,
    method: 'POST',
    path: '/chat/completions',
    json: {
      model: io.ctx.model,
      messages: JSON_MODE_MESSAGES,
      response_format: { type: 'json_object' },
      ...(stream ? { stream: true } : {}),
    },
    stream,
  });

export const objectProbe: Probe = {
  id: 'json-mode.object',
  feature: 'json-mode',
  title: 'response_format json_object, not streamed',
  cost: () => 1,
  repeatable: true,
  async run(io) {
    await ask(io, 'object', false);
  },
};

export const streamProbe: Probe = {
  id: 'json-mode.stream',
  feature: 'json-mode',
  title: 'response_format json_object, streamed',
  cost: () => 1,
  repeatable: true,
  async run(io) {
    await ask(io, 'stream', true);
  },
};

export const probes: Probe[] = [objectProbe, streamProbe];
