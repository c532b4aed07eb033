// Quirks of the other endpoints: a bare model list.
import type { QuirkDef } from './types.ts';

export const endpointQuirks = [
  {
    name: 'models-bad-shape',
    description: 'GET /models answers a bare array of ids',
    partB: [],
    source: 'not in Part B: a model list without the {object:"list", data:[…]} envelope (A6)',
    response: (body, { endpoint }) =>
      endpoint === 'list-models' ? body.data.map((model: { id?: unknown }) => model.id) : body,
  },
] as const satisfies readonly QuirkDef[];
