// A case as a probe: its request sent `trials` times as is (labels trial-1…), plus one control without `stop`
// when the case expects stop sequences honoured. The cost is exact, as the budget needs.
import type { Case } from '../../schemas/generated/cases.ts';
import type { Probe, RunContext, WireRequest } from '../engine/types.ts';
import { isObject } from '../checks/internal/read.ts';

export const trialsOf = (c: Case, ctx: Pick<RunContext, 'trials'>): number =>
  c.trials?.count ?? Math.max(1, ctx.trials);

export function caseProbe(c: Case, id: string): Probe {
  const request = (label: string, body: unknown): WireRequest => ({
    label,
    method: c.request.method ?? 'POST',
    path: c.request.path,
    ...(body !== undefined ? { json: body } : {}),
    ...(c.request.headers ? { headers: c.request.headers } : {}),
    stream: isObject(body) && body.stream === true,
  });
  return {
    id,
    feature: 'cases',
    title: c.name,
    cost: (ctx) => trialsOf(c, ctx) + (c.expect?.stop ? 1 : 0),
    async run(io) {
      const n = trialsOf(c, io.ctx);
      for (let k = 1; k <= n; k++) await io.wire(request(`trial-${k}`, c.request.body));
      if (c.expect?.stop && isObject(c.request.body)) {
        const { stop: _, ...control } = c.request.body;
        await io.wire(request('control', control));
      }
    },
  };
}
