// Quirks of the other endpoints: a bare model list.
import type { QuirkDef } from './types.ts';

export const endpointQuirks: QuirkDef[] = [
  {
    name: 'models-bad-shape',
    partB: [],
    source: 'not in Part B: a model list without the {object:"list", data:[…]} envelope (A6)',
    response: (body, { endpoint }) =>
      endpoint === 'models' && Array.isArray(body.data) ? body.data.map((model: { id?: unknown }) => model.id) : body,
  },
];
