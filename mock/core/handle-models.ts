// GET /v1/models and GET /v1/models/{id}.
import type { MockModel } from './catalog.ts';
import type { RequestContext } from './context.ts';
import { errors } from './errors.ts';
import type { MockState } from './state.ts';
import type { MockDraft, MockJsonResponse } from './types.ts';
import { hooks } from './hooks.ts';

/** GET /v1/models */
export function listModels(state: MockState, ctx: RequestContext): MockDraft {
  return json(hooks.render({ object: 'list', data: [...state.models.values()].map(modelObject) }, ctx));
}

/** GET /v1/models/{model} */
export function getModel(state: MockState, ctx: RequestContext): MockDraft {
  const id = ctx.params.model;
  const model = state.models.get(id);
  return model ? json(hooks.render(modelObject(model), ctx)) : errors.modelNotFound(id);
}

function modelObject(m: MockModel) {
  return { id: m.id, object: 'model', created: m.created, owned_by: m.owned_by };
}

function json(body: string): MockJsonResponse {
  return { status: 200, headers: { 'content-type': 'application/json' }, body };
}
