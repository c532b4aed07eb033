// GET /models and /models/{model}: the list shape, the chosen model in it, retrieval by id, an unknown id.
// The list is the control of retrieval, and retrieval the valid twin of the unknown id's 404.
import type { Check, Exchange, Grade, TranscriptSet } from '../../engine/types.ts';
import { clockOf, timeProblem } from '../chat/timestamps.ts';
import { endpointVaries } from '../internal/attribution.ts';
import { everyItem, isJsonType } from '../internal/grade.ts';
import { errorText, exchangeOf, header, isObject, show, transcriptOf, where } from '../internal/read.ts';
import { shapeGrade } from '../internal/schema.ts';
import { sdk, spec } from '../internal/sources.ts';
import { listBody, wholeJson } from './list-body.ts';
import { M, UNKNOWN_MODEL_ID } from './probes.ts';

const at = (label: string) => ({ probe: M.basic, label });

function listShape(t: TranscriptSet, level: 'must' | 'should'): Grade {
  const r = listBody(t, true);
  if (!r.ok) return r.grade;
  return shapeGrade(
    'model-list',
    level,
    [{ value: r.value.body, where: 'GET /models', exchange: at('list') }],
    'model lists',
  );
}

/** the listed models, when the list has the spec shape */
function listed(t: TranscriptSet): { ok: true; data: any[]; ex: Exchange } | { ok: false; grade: Grade } {
  const r = listBody(t, false);
  if (!r.ok) return r;
  const data = (r.value.body as any)?.data;
  if (!Array.isArray(data))
    return {
      ok: false,
      grade: {
        status: 'untestable',
        message: 'GET /models has no data array (see models.list-shape)',
        prerequisite: 'models.list-shape',
      },
    };
  return { ok: true, data, ex: r.value.ex };
}

export const listShapeMust: Check = {
  id: 'models.list-shape',
  title: 'GET /models returns {object: "list", data: [Model]}',
  feature: 'models',
  level: 'MUST',
  source: spec('ListModelsResponse'),
  breaks: [
    'openai-node models.list() (a bare array yields an empty page)',
    'model pickers in UIs (LibreChat, Open WebUI)',
  ],
  probes: [M.basic],
  grade: (t) => listShape(t, 'must'),
};

export const listShapeFull: Check = {
  id: 'models.list-shape-full',
  title: 'GET /models matches the full spec shape (object, created, owned_by)',
  feature: 'models',
  level: 'SHOULD',
  source: spec('ListModelsResponse; Model {id, object, created, owned_by}'),
  breaks: ['strictly generated clients that require every spec key'],
  divergences: [43], // Ollama's last-modified created and owned_by "library" are valid and must pass
  probes: [M.basic],
  grade: (t) => listShape(t, 'should'),
};

export const createdSeconds: Check = {
  id: 'models.created-seconds',
  title: 'Model.created is an integer Unix time in seconds, after 2015 and not in the future',
  feature: 'models',
  level: 'MUST',
  source: spec('Model.created ("the Unix timestamp (in seconds) when the model was created")'),
  breaks: ['clients that sort or display models by date', 'typed clients (a decimal or string fails integer decoding)'],
  divergences: [15, 43],
  probes: [M.basic],
  grade(t) {
    const r = listed(t);
    if (!r.ok) return r.grade;
    const items = r.data
      .filter(isObject)
      .filter((m) => 'created' in m)
      .map((m) => ({ probe: M.basic, label: 'list', m }));
    // a missing created is the schema's to grade (list-shape-full); Ollama's last-modified time is a fine value (B43)
    if (items.length === 0)
      return {
        status: 'inconclusive',
        message: 'no listed model has a created field (models.list-shape-full grades its absence)',
      };
    const clock = clockOf(r.ex, t[M.basic]);
    return everyItem(
      items,
      ({ m }) => {
        const p = timeProblem(m.created, clock);
        return p ? { message: `model ${show(m.id)}: ${p}`, seen: m.created } : undefined;
      },
      `created is in seconds on ${items.length} models`,
    );
  },
};

export const listsModel: Check = {
  id: 'models.lists-model',
  title: 'The model under test appears in GET /models',
  feature: 'models',
  level: 'SHOULD',
  source: spec('listModels ("lists the currently available models")'),
  breaks: ['model pickers that only offer listed ids', 'startup checks that verify the configured model exists'],
  probes: [M.basic],
  grade(t, ctx) {
    const r = listed(t);
    if (!r.ok) return r.grade;
    const ids = r.data.map((m) => m?.id);
    if (ids.includes(ctx.model))
      return { status: 'pass', message: `"${ctx.model}" is listed among ${ids.length} models` };
    return {
      status: 'fail',
      message: `"${ctx.model}" should be listed by GET /models, got ${show(ids.slice(0, 8))}${ids.length > 8 ? ` (${ids.length} in all)` : ''}`,
      details: { exchange: at('list'), seen: ids.slice(0, 50) },
    };
  },
};

const LIST = at('list');
const RETRIEVE = at('retrieve');
const retrieval = endpointVaries(LIST, 'GET /models/{model}', 'model', 'models');

export const retrieve: Check = {
  id: 'models.retrieve',
  title: 'GET /models/{model} returns that model',
  feature: 'models',
  level: 'MUST',
  source: spec('retrieveModel → Model; Model.id'),
  breaks: ['openai-node models.retrieve()', 'startup checks that look the model up'],
  probes: [M.basic],
  grade(t, ctx) {
    const r = wholeJson(t, RETRIEVE, retrieval, `GET /models/${ctx.model}`);
    if (!r.ok) return r.grade;
    const shape = shapeGrade(
      'model',
      'must',
      [{ value: r.value.body, where: `GET /models/${ctx.model}`, exchange: RETRIEVE }],
      'models',
    );
    if (shape.status !== 'pass') return shape;
    const id = (r.value.body as any).id;
    if (id !== ctx.model)
      return {
        status: 'fail',
        message: `GET /models/${ctx.model} must return id "${ctx.model}", got ${show(id)}`,
        details: { exchange: RETRIEVE, seen: id },
      };
    return { status: 'pass', message: `GET /models/${ctx.model} returned the model` };
  },
};

export const unknownModel404: Check = {
  id: 'models.unknown-404',
  title: 'GET /models/{unknown} answers 404',
  feature: 'models',
  level: 'SHOULD',
  source: sdk('src/core/error.ts', '404 → NotFoundError'),
  breaks: ['apps that check a model exists with models.retrieve() and catch NotFoundError'],
  probes: [M.basic],
  grade(t, ctx) {
    // a 404 proves something only where GET /models/{model} answers for a model that exists
    const twin = wholeJson(t, RETRIEVE, retrieval, `GET /models/${ctx.model}`);
    if (!twin.ok) {
      const g = twin.grade;
      if (g.status === 'unsupported' || g.status === 'skip') return g;
      return {
        status: 'untestable',
        message: `the valid twin GET /models/${ctx.model} was not answered with the model (see models.retrieve): ${g.message}`,
        prerequisite: 'models.retrieve',
      };
    }
    const r = exchangeOf(t, M.basic, 'unknown');
    if (!r.ok) return r.grade;
    const s = r.value.response!.status;
    if (s === 404)
      return { status: 'pass', message: `"${UNKNOWN_MODEL_ID}" got 404 while ${where(RETRIEVE)} got the model` };
    return {
      status: 'fail',
      message: `GET /models/${UNKNOWN_MODEL_ID} must answer 404, got ${s}${s < 300 ? ' (a model that does not exist was returned)' : `: ${errorText(r.value)}`}`,
      details: { exchange: at('unknown'), seen: s },
    };
  },
};

export const contentType: Check = {
  id: 'models.content-type',
  title: 'Model answers are application/json',
  feature: 'models',
  level: 'MUST',
  source: sdk('src/internal/parse.ts', 'JSON is parsed only with a JSON content type'),
  breaks: ['openai-node 6 and 7 (the call resolves to a raw string)'],
  probes: [M.basic],
  grade(t) {
    const tr = transcriptOf(t, M.basic);
    if (!tr.ok) return tr.grade;
    const items = tr.value.exchanges
      .filter((e) => e.via === 'wire' && e.response && e.response.status < 300)
      .map((ex) => ({ probe: M.basic, label: ex.label, ex }));
    if (items.length === 0)
      return { status: 'untestable', message: 'no models request got a 2xx answer', prerequisite: M.basic };
    return everyItem(
      items,
      ({ ex }) => {
        const ct = header(ex, 'content-type');
        return isJsonType(ct)
          ? undefined
          : { message: `content-type must be application/json, got ${show(ct)}`, seen: ct ?? null };
      },
      `${items.length} answers are application/json`,
    );
  },
};

export const sdkList: Check = {
  id: 'models.sdk-list',
  title: 'openai-node models.list() sees the models',
  feature: 'models',
  level: 'MUST',
  source: sdk('src/core/pagination.ts', 'Page reads body.data'),
  breaks: ['every app that lists models through openai-node'],
  probes: [M.basic],
  grade(t, ctx) {
    const tr = transcriptOf(t, M.basic);
    if (!tr.ok) return tr.grade;
    const o = tr.value.sdk.find((s) => s.label === 'sdk');
    if (!o) return { status: 'untestable', message: `${M.basic} recorded no SDK call`, prerequisite: M.basic };
    const exchange = at('sdk');
    if (!o.ok)
      return {
        status: 'fail',
        message: `models.list() must succeed, but ${o.sdkVersion} threw ${o.error?.class}: ${o.error?.message}`,
        details: { exchange, seen: o.error },
      };
    const ids = ((o.value as any)?.ids ?? []) as string[];
    if (ids.length === 0)
      return {
        status: 'fail',
        message: 'models.list() must yield the models, but the SDK saw none (is the list wrapped in {"data": [...]}?)',
        details: { exchange, seen: [] },
      };
    return {
      status: 'pass',
      message: `models.list() yielded ${ids.length} models${ids.includes(ctx.model) ? `, "${ctx.model}" among them` : ''}`,
    };
  },
};
