// The embeddings probe: one input, a batch as floats and as base64, a reduced dimension, and the SDK's default
// path (no encoding_format: the SDK asks for base64 and decodes it).
import type { Probe, RunContext } from '../../engine/types.ts';

export const EMB = { basic: 'embeddings.basic' } as const;
export const BATCH = ['The quick brown fox.', 'A lighthouse in a storm.', 'Seven green apples.'];
export const DIMENSIONS = 256;

const post = (label: string, json: unknown) => ({ label, method: 'POST' as const, path: '/embeddings', json });

const basic: Probe = {
  id: EMB.basic,
  feature: 'embeddings',
  title: 'Embeddings: single, batch, base64, dimensions, and the SDK default',
  cost: () => 5,
  skip: (ctx: RunContext) => (ctx.embeddingModel ? undefined : 'no embedding model: pass --embedding-model'),
  async run(io) {
    const model = io.ctx.embeddingModel!;
    await io.wire(post('single', { model, input: BATCH[0], encoding_format: 'float' }));
    await io.wire(post('batch', { model, input: BATCH, encoding_format: 'float' }));
    await io.wire(post('base64', { model, input: BATCH, encoding_format: 'base64' }));
    await io.wire(post('dimensions', { model, input: BATCH[0], encoding_format: 'float', dimensions: DIMENSIONS }));
    await io.sdk('sdk', (c) => c.embeddings.create({ model, input: BATCH }));
  },
};

export const probes: Probe[] = [basic];
