// generated — do not edit; run npm run gen (source: schemas/embeddings-response.schema.json)

/**
 * POST /v1/embeddings answer (spec: CreateEmbeddingResponse). MUST: data is an array of {index, embedding} with embedding a number array or, for encoding_format base64, a base64 string (openai-node decodes it). Whether the form matches the request is a check's business (Part B #40). SHOULD: the rest of the spec. Unknown fields are allowed.
 */
export interface EmbeddingsResponse {
  object: 'list';
  data: Embedding[];
  model: string;
  usage: {
    prompt_tokens: number;
    total_tokens: number;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface Embedding {
  object: 'embedding';
  /**
   * MUST: callers pair vectors with inputs by index.
   */
  index: number;
  embedding: number[] | string;
  [k: string]: unknown;
}
