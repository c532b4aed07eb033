// The legacy completions probe: one plain request and one stream.
import type { Probe } from '../../engine/types.ts';

export const C = { basic: 'completions.basic' } as const;

const basic: Probe = {
  id: C.basic,
  feature: 'completions',
  title: 'Legacy POST /completions, plain and streamed',
  cost: () => 2,
  async run(io) {
    const json = { model: io.ctx.model, prompt: 'Once upon a time', max_tokens: 16 };
    await io.wire({ label: 'nonstream', method: 'POST', path: '/completions', json });
    await io.wire({
      label: 'stream',
      method: 'POST',
      path: '/completions',
      json: { ...json, stream: true },
      stream: true,
    });
  },
};

export const probes: Probe[] = [basic];
