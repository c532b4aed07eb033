import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToFloat32, embeddings, embeddingVector, float32ToBase64, modelDimensions } from './embeddings.ts';

const norm = (v: ArrayLike<number>): number => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));

describe('embeddings', () => {
  it('answers the reference shape with default dimensions per model', () => {
    const r = embeddings({ model: 'text-embedding-3-small', input: 'hello world' });
    expect(r).toMatchObject({
      object: 'list',
      model: 'text-embedding-3-small',
      usage: { prompt_tokens: 2, total_tokens: 2 },
    });
    expect(r.data).toHaveLength(1);
    expect(r.data[0]).toMatchObject({ object: 'embedding', index: 0 });
    expect((r.data[0].embedding as number[]).length).toBe(1536);
    expect(modelDimensions('text-embedding-3-large')).toBe(3072);
    expect(modelDimensions('my-embedder', { defaultDimensions: 384 })).toBe(384);
    expect(modelDimensions('my-embedder', { modelDimensions: { 'my-embedder': 768 } })).toBe(768);
  });

  it('maps the same (model, text) to the same unit vector, and different texts or models elsewhere', () => {
    const a = embeddingVector('m', 'cat', 64);
    expect(Array.from(a)).toEqual(Array.from(embeddingVector('m', 'cat', 64)));
    expect(norm(a)).toBeCloseTo(1, 5);
    expect(Array.from(embeddingVector('m', 'dog', 64))).not.toEqual(Array.from(a));
    expect(Array.from(embeddingVector('m2', 'cat', 64))).not.toEqual(Array.from(a));
  });

  it('honours dimensions: a shorter vector is the renormalised prefix of the full one', () => {
    const full = embeddingVector('text-embedding-3-small', 'prefix', 1536);
    const short = embeddings({ model: 'text-embedding-3-small', input: 'prefix', dimensions: 8 }).data[0]
      .embedding as number[];
    expect(short).toHaveLength(8);
    expect(norm(short)).toBeCloseTo(1, 5);
    const prefixNorm = norm(full.subarray(0, 8));
    short.forEach((x, i) => expect(x).toBeCloseTo(full[i] / prefixNorm, 5));
  });

  it('accepts string, string[], int[] and int[][] inputs, indexed in order, counting tokens', () => {
    expect(embeddings({ model: 'm', input: ['a b', 'c'] }).data.map((d) => d.index)).toEqual([0, 1]);
    expect(embeddings({ model: 'm', input: ['a b', 'c'] }).usage.prompt_tokens).toBe(3);
    expect(embeddings({ model: 'm', input: [1, 2, 3] }).data).toHaveLength(1);
    const nested = embeddings({ model: 'm', input: [[1, 2], [3]] });
    expect(nested.data).toHaveLength(2);
    expect(nested.usage).toEqual({ prompt_tokens: 3, total_tokens: 3 });
  });

  it('encodes base64 as little-endian float32, exactly what openai-node decodes', () => {
    const floats = embeddings({ model: 'm', input: 'same text', dimensions: 32 }).data[0].embedding as number[];
    const b64 = embeddings({ model: 'm', input: 'same text', dimensions: 32, encoding_format: 'base64' }).data[0]
      .embedding as string;
    expect(typeof b64).toBe('string');
    // openai-node: Float32Array over the bytes of Buffer.from(b64, 'base64') (little-endian hosts)
    const buf = Buffer.from(b64, 'base64');
    const sdk = Array.from(new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4));
    expect(sdk).toEqual(floats);
    expect(buf.readFloatLE(4)).toBe(floats[1]);
  });

  it('round-trips any float32 values through base64', () => {
    fc.assert(
      fc.property(fc.float32Array({ noNaN: true, maxLength: 50 }), (values) => {
        expect(Array.from(base64ToFloat32(float32ToBase64(values)))).toEqual(Array.from(values));
      }),
    );
  });
});
