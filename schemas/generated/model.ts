// generated — do not edit; run npm run gen (source: schemas/model.schema.json)

/**
 * GET /v1/models/{model}, and each entry of GET /v1/models (spec: Model). MUST: an id string (the only field callers pick a model by). SHOULD: the rest of the spec; Ollama's last-modified created and owned_by 'library' (Part B #43) conform. Unknown fields are allowed.
 */
export interface Model {
  id: string;
  object: 'model';
  /**
   * Unix time in seconds.
   */
  created: number;
  owned_by: string;
  [k: string]: unknown;
}
