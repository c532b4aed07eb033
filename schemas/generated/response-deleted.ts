// generated — do not edit; run npm run gen (source: schemas/response-deleted.schema.json)

/**
 * DELETE /v1/responses/{id} answer. The spec gives no schema (200 'OK'); its example body is {id, object:"response", deleted:true}. openai-node's delete() sends Accept: * /* and returns void, so MUST asks only for an object (the example's shape), no field. Unknown fields are allowed.
 */
export interface ResponseDeleted {
  id: string;
  object: 'response';
  deleted: true;
  [k: string]: unknown;
}
