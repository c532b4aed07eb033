// generated — do not edit; run npm run gen (source: schemas/images-response.schema.json)

/**
 * POST /v1/images/generations answer (spec: ImagesResponse, Image, ImageGenUsage). MUST: data is an array of objects whose b64_json and url, when present, are strings (every caller reads res.data[0].b64_json or .url; the spec requires only created, but an answer without data has no image). SHOULD: created in integer seconds, the enums, usage's required keys. Unknown fields are allowed.
 */
export interface ImagesResponse {
  created: number;
  data?: Image[];
  background?: 'transparent' | 'opaque';
  output_format?: 'png' | 'webp' | 'jpeg';
  size?: '1024x1024' | '1024x1536' | '1536x1024';
  quality?: 'low' | 'medium' | 'high';
  /**
   * GPT image models only.
   */
  usage?: {
    input_tokens: number;
    total_tokens: number;
    output_tokens: number;
    input_tokens_details: {
      text_tokens: number;
      image_tokens: number;
      [k: string]: unknown;
    };
    output_tokens_details?: {
      image_tokens: number;
      text_tokens: number;
      [k: string]: unknown;
    };
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface Image {
  /**
   * base64 of the image file (PNG unless output_format says otherwise).
   */
  b64_json?: string;
  /**
   * Where the image can be fetched; OpenAI's expire after 60 minutes.
   */
  url?: string;
  revised_prompt?: string;
  [k: string]: unknown;
}
