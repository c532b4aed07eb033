// Batches: one vector per input, in input order, all of one length; `dimensions` sets that length.
import type { Check } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { everyItem } from '../internal/grade.ts';
import { isObject, show } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { BATCH, DIMENSIONS, EMB } from './probes.ts';
import { answers, floatVectors, INPUTS } from './responses.ts';
import { isFloatVector } from './vectors.ts';

const batchAt = { probe: EMB.basic, label: 'batch' };
/** the embeddings probe and its control, the plain chat request (is the endpoint there at all?) */
export const PROBES = [EMB.basic, CONTROL.probe];

export const onePerInput: Check = {
  id: 'embeddings.one-per-input',
  title: `One embedding per input: ${BATCH.length} for a batch of ${BATCH.length}, one for a single string`,
  feature: 'embeddings',
  level: 'MUST',
  source: spec('CreateEmbeddingRequest.input (array of strings); CreateEmbeddingResponse.data'),
  breaks: ['vector store loaders that zip inputs with data (LangChain embedDocuments)'],
  probes: PROBES,
  grade(t) {
    const r = floatVectors(t, 'batch');
    if (!r.ok) return r.grade;
    const all = answers(t);
    if (!all.ok) return all.grade;
    return everyItem(
      all.items.filter((i) => isObject(i.body) && Array.isArray(i.body.data) && INPUTS[i.label]),
      (i) => {
        const want = INPUTS[i.label].length;
        const got = i.body.data.length;
        return got === want
          ? undefined
          : {
              message: `${want} input${want > 1 ? 's' : ''} must give ${want} embedding${want > 1 ? 's' : ''}, got ${got}`,
              seen: got,
            };
      },
      `${BATCH.length} inputs gave ${BATCH.length} embeddings, one input one`,
    );
  },
};

export const indexOrder: Check = {
  id: 'embeddings.index-order',
  title: 'data[i].index is i, in input order',
  feature: 'embeddings',
  level: 'MUST',
  source: spec('Embedding.index ("the index of the embedding in the list of embeddings")'),
  breaks: ['loaders that match vectors to documents by index (a shuffled batch files vectors under the wrong text)'],
  probes: PROBES,
  grade(t) {
    const r = floatVectors(t, 'batch');
    if (!r.ok) return r.grade;
    const all = answers(t);
    if (!all.ok) return all.grade;
    return everyItem(
      all.items.filter((i) => isObject(i.body) && Array.isArray(i.body.data)),
      (i) => {
        const idx = (i.body.data as any[]).map((d) => d?.index);
        const bad = idx.findIndex((v, k) => v !== k);
        return bad < 0
          ? undefined
          : { message: `data[${bad}].index must be ${bad}, got ${show(idx[bad])} (indexes: ${show(idx)})`, seen: idx };
      },
      `every answer's indexes count up from 0 (${show((r.body.data as any[]).map((d) => d?.index))} for the batch)`,
    );
  },
};

export const equalLength: Check = {
  id: 'embeddings.equal-length',
  title: 'Every vector of a model has the same length',
  feature: 'embeddings',
  level: 'MUST',
  source: spec('Embedding.embedding ("the length of vector depends on the model")'),
  breaks: ['vector databases with a fixed dimension (inserts fail)'],
  probes: PROBES,
  grade(t) {
    const single = floatVectors(t, 'single');
    if (!single.ok) return single.grade;
    const batch = floatVectors(t, 'batch');
    const all = [
      ...single.vectors.map((v) => ({ label: 'single', v })),
      ...(batch.ok ? batch.vectors.map((v) => ({ label: 'batch', v })) : []),
    ];
    const notVec = all.find((x) => !isFloatVector(x.v));
    if (notVec)
      return {
        status: 'fail',
        message: `"${notVec.label}": encoding_format "float" must give arrays of numbers, got ${show(notVec.v, 60)}`,
        details: { exchange: { probe: EMB.basic, label: notVec.label } },
      };
    const lengths = all.map((x) => (x.v as number[]).length);
    if (new Set(lengths).size > 1)
      return {
        status: 'fail',
        message: `all vectors must have one length, got ${show(lengths)}`,
        details: { exchange: batchAt, seen: lengths },
      };
    return { status: 'pass', message: `${all.length} vectors of length ${lengths[0]}` };
  },
};

export const dimensions: Check = {
  id: 'embeddings.dimensions',
  title: `dimensions: ${DIMENSIONS} returns vectors of that length`,
  feature: 'embeddings',
  level: 'MUST',
  source: spec('CreateEmbeddingRequest.dimensions'),
  breaks: ['indexes built for reduced dimensions (inserts fail or silently use the full size)'],
  divergences: [35],
  probes: PROBES,
  grade(t) {
    const r = floatVectors(t, 'dimensions');
    if (!r.ok) return r.grade;
    const v = r.vectors[0];
    const len = Array.isArray(v) ? v.length : undefined;
    if (len !== DIMENSIONS)
      return {
        status: 'fail',
        message: `dimensions: ${DIMENSIONS} must give vectors of length ${DIMENSIONS}, got ${len ?? show(v, 40)}`,
        details: { exchange: { probe: EMB.basic, label: 'dimensions' }, seen: len ?? null },
      };
    return { status: 'pass', message: `vector of length ${DIMENSIONS}` };
  },
};
