// GET /v1/models and GET /v1/models/{id}.
import type { MockModel } from './catalog.ts';
import type { RequestContext } from './context.ts';
import { errors } from './errors.ts';
import type { MockState } from './state.ts';
import type { MockDraft, MockJsonResponse } from './types.ts';
import { hooks } from './hooks.ts';

export function handleModels(
  state: MockState,
  ctx: RequestContext,
  route: { name: 'list-models' } | { name: 'get-model'; model: string },
): MockDraft {
  if (route.name === 'list-models') {
    return json(hooks.render({ object: 'list', data: [...state.models.values()].map(modelObject) }, ctx, 'models'));
  }
  const model = state.models.get(route.model);
  return model ? json(hooks.render(modelObject(model), ctx, 'models')) : errors.modelNotFound(route.model);
}

function modelObject(m: MockModel) {
  return { id: m.id, object: 'model', created: m.created, owned_by: m.owned_by };
}

function json(body: string): MockJsonResponse {
  return { status: 200, headers: { 'content-type': 'application/json' }, body };
}
