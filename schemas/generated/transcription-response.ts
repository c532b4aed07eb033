// generated — do not edit; run npm run gen (source: schemas/transcription-response.schema.json)

/**
 * POST /v1/audio/transcriptions and /translations answer with response_format json, the default (spec: CreateTranscriptionResponseJson, CreateTranslationResponseJson). MUST: text is a string (every caller reads res.text). SHOULD: usage in one of its two documented forms. Unknown fields are allowed.
 */
export interface TranscriptionResponse {
  text: string;
  logprobs?: unknown[];
  usage?:
    | {
        type: 'tokens';
        input_tokens: number;
        input_token_details?: {
          text_tokens?: number;
          audio_tokens?: number;
          [k: string]: unknown;
        };
        output_tokens: number;
        total_tokens: number;
        [k: string]: unknown;
      }
    | {
        type: 'duration';
        seconds: number;
        [k: string]: unknown;
      };
  [k: string]: unknown;
}
