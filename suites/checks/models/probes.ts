// The models probe: the list, the chosen model, an unknown id, and the SDK's list call.
import type { Probe } from '../../engine/types.ts';

export const M = { basic: 'models.basic' } as const;
export const UNKNOWN_MODEL_ID = 'conform-no-such-model-7f3a';

const basic: Probe = {
  id: M.basic,
  feature: 'models',
  title: 'GET /models, GET /models/{model}, an unknown id, and the SDK list',
  cost: () => 4,
  async run(io) {
    await io.wire({ label: 'list', method: 'GET', path: '/models' });
    await io.wire({ label: 'retrieve', method: 'GET', path: `/models/${encodeURIComponent(io.ctx.model)}` });
    await io.wire({ label: 'unknown', method: 'GET', path: `/models/${UNKNOWN_MODEL_ID}` });
    await io.sdk('sdk', async (c) => {
      const ids: string[] = [];
      // bounded: one page is enough to see whether the SDK reads the list
      for await (const m of c.models.list()) if (ids.push(m.id) >= 1000) break;
      return { ids };
    });
  },
};

export const probes: Probe[] = [basic];
