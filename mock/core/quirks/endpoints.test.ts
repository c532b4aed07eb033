import { expect, it } from 'vitest';
import { transformResponse } from './index.ts';
import type { QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;
const list = () => ({
  object: 'list',
  data: [
    { id: 'mock-chat', object: 'model', created: 1_700_000_000, owned_by: 'conform' },
    { id: 'mock-embed', object: 'model', created: 1_700_000_000, owned_by: 'conform' },
  ],
});

it('models-bad-shape answers the model list as a bare array of ids', () => {
  expect(transformResponse(q('models-bad-shape'), 'list-models', list())).toEqual(['mock-chat', 'mock-embed']);
});

it('models-bad-shape leaves a single model and other endpoints alone', () => {
  const one = list().data[0];
  expect(transformResponse(q('models-bad-shape'), 'get-model', one)).toEqual(one);
  expect(transformResponse(q('models-bad-shape'), 'embeddings', list())).toEqual(list());
});
