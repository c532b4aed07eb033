// Embeddings: deterministic unit vectors from a hash of (model, input). A smaller `dimensions` gives the
// renormalised prefix of the full vector (as text-embedding-3 models shorten theirs). Values are float32, so
// the float form and the decoded base64 form are identical.

import { createRng, hashString } from './hash.ts';
import { countTokens } from './tokenize.ts';
import { encodeBase64 } from '../media/base64.ts';

export type EmbeddingInput = string | string[] | number[] | number[][];

export interface EmbeddingsRequest {
  model: string;
  input: EmbeddingInput;
  encoding_format?: 'float' | 'base64' | null;
  dimensions?: number | null;
  [k: string]: unknown;
}

export interface EmbeddingsOptions {
  /** dimensions per model id, checked before the built-in table */
  modelDimensions?: Record<string, number>;
  /** for model ids nobody knows; default 1536 */
  defaultDimensions?: number;
}

export interface EmbeddingsResponse {
  object: 'list';
  data: Array<{ object: 'embedding'; index: number; embedding: number[] | string }>;
  model: string;
  usage: { prompt_tokens: number; total_tokens: number };
}

const KNOWN: Array<[RegExp, number]> = [
  [/text-embedding-3-large/, 3072],
  [/text-embedding-3-small/, 1536],
  [/text-embedding-ada-002/, 1536],
];

export function modelDimensions(model: string, opts: EmbeddingsOptions = {}): number {
  const own = opts.modelDimensions?.[model];
  if (own !== undefined) return own;
  for (const [re, dims] of KNOWN) if (re.test(model)) return dims;
  return opts.defaultDimensions ?? 1536;
}

/** The inputs as a list: a string or one token array is one input. */
export function embeddingInputs(input: EmbeddingInput): Array<string | number[]> {
  if (typeof input === 'string') return [input];
  if (input.length > 0 && typeof input[0] === 'number') return [input as number[]];
  return input as Array<string | number[]>;
}

/** Unit vector of `dims` float32 values for one input. */
export function embeddingVector(model: string, input: string | number[], dims: number): Float32Array {
  const key = typeof input === 'string' ? `s:${input}` : `t:${input.join(',')}`;
  const rng = createRng(hashString(`${model}\u0000${key}`));
  const raw = new Float64Array(dims);
  let norm = 0;
  for (let i = 0; i < dims; i++) {
    // one uniform per value: directions are not perfectly isotropic, which no test of an app can notice,
    // and it keeps 3072-dimension vectors cheap
    const v = rng.next() * 2 - 1;
    raw[i] = v;
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 1;
  const out = new Float32Array(dims);
  for (let i = 0; i < dims; i++) out[i] = raw[i] * scale;
  return out;
}

/** Base64 of the values as little-endian float32: exactly what openai-node decodes. */
export function float32ToBase64(values: Float32Array): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
  return encodeBase64(bytes);
}

/** Inverse of float32ToBase64 (for tests and for clients written against the mock). */
export function base64ToFloat32(text: string): Float32Array {
  const binary = atob(text);
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) view.setUint8(i, binary.charCodeAt(i));
  const out = new Float32Array(binary.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

export function embeddings(req: EmbeddingsRequest, opts: EmbeddingsOptions = {}): EmbeddingsResponse {
  const dims =
    typeof req.dimensions === 'number' && req.dimensions >= 1
      ? Math.floor(req.dimensions)
      : modelDimensions(req.model, opts);
  const base64 = req.encoding_format === 'base64';
  let tokens = 0;
  const data = embeddingInputs(req.input).map((input, index) => {
    tokens += typeof input === 'string' ? countTokens(input) : input.length;
    const vector = embeddingVector(req.model, input, dims);
    return { object: 'embedding' as const, index, embedding: base64 ? float32ToBase64(vector) : Array.from(vector) };
  });
  return { object: 'list', data, model: req.model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}
