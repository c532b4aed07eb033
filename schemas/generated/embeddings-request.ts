// generated — do not edit; run npm run gen (source: schemas/embeddings-request.schema.json)

/**
 * POST /v1/embeddings body (spec: CreateEmbeddingRequest). One level: what it rejects, the API rejects. Unlike every other schema here it keeps the spec's additionalProperties:false, so an unknown field is a 400, as on the API.
 */
export interface EmbeddingsRequest {
  /**
   * Embedding model ID, e.g. text-embedding-3-small.
   */
  model: string;
  /**
   * A string, up to 2048 strings, a token array, or up to 2048 token arrays.
   */
  input: string | string[] | number[] | number[][];
  /**
   * openai-node sends base64 when the caller gives none, then decodes little-endian float32.
   */
  encoding_format?: 'float' | 'base64';
  /**
   * Output dimensions (text-embedding-3 and later).
   */
  dimensions?: number;
  user?: string;
}
