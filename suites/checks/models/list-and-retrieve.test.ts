import { describe, expect, it } from 'vitest';
import { ctx, errorBody, jsonEx, sdkOk, tr } from '../internal/fixtures.ts';
import {
  contentType,
  createdSeconds,
  listShapeFull,
  listShapeMust,
  listsModel,
  retrieve,
  sdkList,
  unknownModel404,
} from './list-and-retrieve.ts';
import { checks } from './index.ts';
import { M } from './probes.ts';

const c = ctx();
const model = (id: string) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'system' });
const GET = { method: 'GET' };

function modelsSet(
  o: {
    list?: unknown;
    listStatus?: number;
    retrieve?: unknown;
    retrieveStatus?: number;
    unknownStatus?: number;
    ids?: string[];
  } = {},
) {
  return {
    [M.basic]: tr(
      M.basic,
      [
        jsonEx('list', o.list ?? { object: 'list', data: [model('gpt-test'), model('embed-test')] }, {
          ...GET,
          path: '/models',
          status: o.listStatus ?? 200,
        }),
        jsonEx('retrieve', o.retrieve ?? model('gpt-test'), { ...GET, status: o.retrieveStatus ?? 200 }),
        jsonEx('unknown', errorBody('The model does not exist', 'model', 'model_not_found'), {
          ...GET,
          status: o.unknownStatus ?? 404,
        }),
      ],
      [sdkOk('sdk', { ids: o.ids ?? ['gpt-test', 'embed-test'] })],
    ),
  };
}

describe('models checks', () => {
  it('pass on spec-shaped answers', () => {
    for (const check of checks) expect(check.grade(modelsSet(), c).status, check.id).toBe('pass');
  });

  it('a bare array of ids fails the list shape and the SDK list', () => {
    const t = modelsSet({ list: ['gpt-test', 'embed-test'], ids: [] });
    expect(listShapeMust.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "list",
            "probe": "models.basic",
          },
          "issues": [
            {
              "expected": "object",
              "level": "must",
              "message": "Invalid input: expected object, received array",
              "path": "",
              "received": "array",
            },
          ],
        },
        "message": "model lists must match the model-list schema at MUST level: 1 issue(s) in GET /models
      ✖ Invalid input: expected object, received array",
        "status": "fail",
      }
    `);
    expect(sdkList.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "models.basic",
          },
          "seen": [],
        },
        "message": "models.list() must yield the models, but the SDK saw none (is the list wrapped in {"data": [...]}?)",
        "status": "fail",
      }
    `);
    expect(listsModel.grade(t, c).status).toBe('untestable');
  });

  it('B43: Ollama-style models (created = last-modified time, owned_by "library") pass every models check', () => {
    const ollama = (id: string) => ({ id, object: 'model', created: 1_718_236_861, owned_by: 'library' });
    const t = modelsSet({
      list: { object: 'list', data: [ollama('gpt-test'), ollama('embed-test')] },
      retrieve: ollama('gpt-test'),
    });
    for (const check of checks) expect(check.grade(t, c).status, check.id).toBe('pass');
  });

  it('list-shape-full: a model without owned_by warns', () => {
    const t = modelsSet({
      list: { object: 'list', data: [{ id: 'gpt-test', object: 'model', created: 1_700_000_000 }] },
    });
    expect(listShapeMust.grade(t, c).status).toBe('pass');
    expect(listShapeFull.grade(t, c).status).toBe('fail');
  });

  it('created-seconds: milliseconds fail', () => {
    const t = modelsSet({ list: { object: 'list', data: [{ ...model('gpt-test'), created: 1_700_000_000_000 }] } });
    expect(createdSeconds.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "list",
            "probe": "models.basic",
          },
          "seen": 1700000000000,
        },
        "message": "model "gpt-test": created must be in seconds, got 1700000000000 (milliseconds?) in models.basic "list"",
        "status": "fail",
      }
    `);
  });

  it('lists-model: the model under test missing from the list warns', () => {
    expect(listsModel.grade(modelsSet(), ctx({ model: 'other' }))).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "list",
            "probe": "models.basic",
          },
          "seen": [
            "gpt-test",
            "embed-test",
          ],
        },
        "message": ""other" should be listed by GET /models, got ["gpt-test","embed-test"]",
        "status": "fail",
      }
    `);
  });

  it('retrieve: another id fails, a 404 is unsupported', () => {
    expect(retrieve.grade(modelsSet({ retrieve: model('gpt-other') }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "retrieve",
            "probe": "models.basic",
          },
          "seen": "gpt-other",
        },
        "message": "GET /models/gpt-test must return id "gpt-test", got "gpt-other"",
        "status": "fail",
      }
    `);
    expect(
      retrieve.grade(modelsSet({ retrieveStatus: 404, retrieve: errorBody('not found', null, null) }), c).status,
    ).toBe('unsupported');
  });

  it('retrieve: judged against the list: a 404 with the list refused too is untestable, a 500 with the list served fails', () => {
    const bothRefused = modelsSet({
      listStatus: 404,
      list: errorBody('No fixture matched', null, null),
      retrieveStatus: 404,
      retrieve: errorBody('No fixture matched', null, null),
    });
    expect(retrieve.grade(bothRefused, c)).toMatchInlineSnapshot(`
      {
        "message": "models.basic (retrieve) was refused with 404 (No fixture matched), but its control models.basic (list) (the same request without GET /models/{model}) was refused too, with 404: No fixture matched",
        "prerequisite": "control models.basic (list) accepted",
        "status": "untestable",
      }
    `);
    expect(
      retrieve.grade(modelsSet({ retrieveStatus: 500, retrieve: errorBody('boom', null, null) }), c).message,
    ).toMatchInlineSnapshot(`"GET /models/gpt-test must answer 200, got 500: boom"`);
  });

  it('unknown-404: a 200 for a model that does not exist fails', () => {
    expect(unknownModel404.grade(modelsSet({ unknownStatus: 200 }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "unknown",
            "probe": "models.basic",
          },
          "seen": 200,
        },
        "message": "GET /models/conform-no-such-model-7f3a must answer 404, got 200 (a model that does not exist was returned)",
        "status": "fail",
      }
    `);
    expect(unknownModel404.grade(modelsSet({ unknownStatus: 400 }), c).status).toBe('fail');
  });

  it('unknown-404: a 404 proves nothing where the known model gets one too', () => {
    const noRoute = modelsSet({ retrieveStatus: 404, retrieve: errorBody('Not Found', null, null) });
    expect(unknownModel404.grade(noRoute, c).status).toBe('unsupported');
    expect(unknownModel404.grade(modelsSet({ retrieveStatus: 500, retrieve: errorBody('boom', null, null) }), c))
      .toMatchInlineSnapshot(`
      {
        "message": "the valid twin GET /models/gpt-test was not answered with the model (see models.retrieve): GET /models/gpt-test must answer 200, got 500: boom",
        "prerequisite": "models.retrieve",
        "status": "untestable",
      }
    `);
  });

  it('a list cut at the read cap (or in a saved copy) is inconclusive, not "not JSON"', () => {
    const t = modelsSet();
    const res = t[M.basic].exchanges[0].response!;
    Object.assign(res, { body: res.body.slice(0, 20), truncated: true, bodyBytes: 6_291_456 });
    expect(listShapeMust.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "GET /models sent 6291456 bytes and only the first 20 characters are at hand (the read cap, or a saved run's copy), so it cannot be parsed whole",
        "status": "inconclusive",
      }
    `);
    expect(listsModel.grade(t, c).status).toBe('inconclusive');
    res.truncated = false;
    expect(listShapeMust.grade(t, c).status).toBe('fail');
    expect(listsModel.grade(t, c)).toMatchObject({ status: 'untestable', prerequisite: 'models.list-shape' });
  });

  it('created: a placeholder (23) or a time in the future fails', () => {
    const list = (created: number) =>
      modelsSet({ list: { object: 'list', data: [{ ...model('gpt-test'), created }] } });
    expect(createdSeconds.grade(list(23), c).status).toBe('fail');
    expect(createdSeconds.grade(list(4_102_444_800), c).message).toMatchInlineSnapshot(
      `"model "gpt-test": created must not be in the future, got 4102444800 (2100-01-01T00:00:00Z), 26704 days after the time the request was sent (2026-11-21T00:00:00Z) in models.basic "list""`,
    );
  });

  it('content-type: text/plain fails', () => {
    const t = modelsSet();
    t[M.basic].exchanges[0].response!.headers['content-type'] = 'text/plain';
    expect(contentType.grade(t, c).status).toBe('fail');
  });
});
