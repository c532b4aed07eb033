// generated — do not edit; run npm run gen (source: schemas/image-stream-event.schema.json)

/**
 * One event of a streamed image generation or edit (spec: ImageGenStreamEvent, ImageEditStreamEvent; GPT image models with stream: true): partial images (as many as partial_images asked, 0-3), then the completed image. MUST: type and a b64_json string (what a client renders); SHOULD: the spec's required keys and enums. Unknown fields are allowed.
 */
export type ImageStreamEvent = Partial | Completed;
export type Partial = Common & {
  type: 'image_generation.partial_image' | 'image_edit.partial_image';
  partial_image_index: number;
  [k: string]: unknown;
};
export type Completed = Common & {
  type: 'image_generation.completed' | 'image_edit.completed';
  usage: {
    input_tokens: number;
    total_tokens: number;
    output_tokens: number;
    input_tokens_details: {
      text_tokens: number;
      image_tokens: number;
      [k: string]: unknown;
    };
    [k: string]: unknown;
  };
  [k: string]: unknown;
};

export interface Common {
  /**
   * base64 of the image so far (a partial) or of the final image
   */
  b64_json: string;
  created_at: number;
  size: '1024x1024' | '1024x1536' | '1536x1024' | 'auto';
  quality: 'low' | 'medium' | 'high' | 'auto';
  background: 'transparent' | 'opaque' | 'auto';
  output_format: 'png' | 'webp' | 'jpeg';
  [k: string]: unknown;
}
