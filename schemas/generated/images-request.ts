// generated — do not edit; run npm run gen (source: schemas/images-request.schema.json)

/**
 * POST /v1/images/generations body (spec: CreateImageRequest). Only prompt is required. Limits that depend on the model (prompt length 1000/4000/32000, n = 1 for dall-e-3, the sizes each model takes, response_format refused by the GPT image models) are the handler's, not the schema's. Unknown fields are allowed, as in the spec.
 */
export interface ImagesRequest {
  prompt: string;
  model?: string | null;
  n?: number | null;
  quality?: 'standard' | 'hd' | 'low' | 'medium' | 'high' | 'auto' | null;
  response_format?: 'url' | 'b64_json' | null;
  output_format?: 'png' | 'jpeg' | 'webp' | null;
  output_compression?: number | null;
  stream?: boolean | null;
  partial_images?: number | null;
  size?: string | null;
  moderation?: 'low' | 'auto' | null;
  background?: 'transparent' | 'opaque' | 'auto' | null;
  style?: 'vivid' | 'natural' | null;
  user?: string;
  [k: string]: unknown;
}
