// Valid embeddings requests, walked from embeddings-request.schema.json.
import fc from 'fast-check';
import type { JsonSchema } from '../internal/levels.ts';
import { SCHEMAS } from '../registry.ts';
import type { EmbeddingsRequest } from '../generated/index.ts';
import { arbitraryFor } from './from-schema.ts';
import { resolveOptions, type RequestArbitraryOptions } from './options.ts';

export const EMBEDDINGS_ROOT = SCHEMAS['embeddings-request'] as unknown as JsonSchema;

export function validEmbeddingsRequest(options: RequestArbitraryOptions = {}): fc.Arbitrary<EmbeddingsRequest> {
  const o = resolveOptions(options, 'text-embedding-3-small');
  return arbitraryFor(EMBEDDINGS_ROOT, EMBEDDINGS_ROOT, '', {
    maxItems: o.maxItems,
    maxString: o.maxString,
    overrides: {
      model: fc.constant(o.model),
      dimensions: fc.integer({ min: 1, max: 256 }),
    },
    skip: (path) => o.omit.includes(path),
  }) as fc.Arbitrary<EmbeddingsRequest>;
}
