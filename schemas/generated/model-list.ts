// generated — do not edit; run npm run gen (source: schemas/model-list.schema.json)

/**
 * GET /v1/models (spec: ListModelsResponse). MUST: data is an array of models with string ids (client.models.list() pages over data). SHOULD: object 'list' and complete entries. Unknown fields are allowed.
 */
export interface ModelList {
  object: 'list';
  data: Model[];
  [k: string]: unknown;
}
/**
 * One entry (spec: Model).
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
