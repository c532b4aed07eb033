// generated — do not edit; run npm run gen (source: schemas/error-body.schema.json)

/**
 * The body of every non-2xx answer, and of an error inside a stream (spec: ErrorResponse). MUST: {error:{message:string}}: openai-node builds APIError.message from error.message; a flat body (Part B #23, #24, #29) reads as '400 status code (no body)' in openai-node 6, an array (#25) or a string error (#26) as JSON text. SHOULD: all four keys, with code a string or null (#27, #28). Unknown fields are allowed.
 */
export interface ErrorBody {
  error: {
    message: string;
    /**
     * e.g. invalid_request_error; the SDK exposes it as err.type.
     */
    type: string;
    /**
     * The request field at fault, e.g. messages[0].role, or null.
     */
    param: string | null;
    /**
     * e.g. invalid_type, rate_limit_exceeded, or null. SHOULD, not MUST: a numeric HTTP status here (Part B #27, #28) breaks `err.code === '…'` comparisons but nothing in the SDK.
     */
    code: string | null;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
