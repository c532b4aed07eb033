// generated — do not edit; run npm run gen (source: schemas/speech-request.schema.json)

/**
 * POST /v1/audio/speech body (spec: CreateSpeechRequest, additionalProperties false as there). voice is a built-in name or {id}; the names are the description's list (the spec's VoiceIdsShared enum omits fable, onyx and nova, and its anyOf takes any string), checked by the handler so an unknown voice gets the API's 400.
 */
export interface SpeechRequest {
  model: string;
  input: string;
  instructions?: string;
  voice:
    | string
    | {
        id: string;
        [k: string]: unknown;
      };
  response_format?: 'mp3' | 'opus' | 'aac' | 'flac' | 'wav' | 'pcm';
  speed?: number;
  stream_format?: 'sse' | 'audio';
}
