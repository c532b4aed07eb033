// generated — do not edit; run npm run gen (source: schemas/transcription-verbose-response.schema.json)

/**
 * POST /v1/audio/transcriptions and /translations answer with response_format verbose_json (spec: CreateTranscriptionResponseVerboseJson, TranscriptionSegment, TranscriptionWord). MUST: text a string, duration a number (a string, as vLLM sent (R31), breaks typed decoders: openai-python, Go, .NET), segments and words, when present, arrays whose start and end are numbers (subtitle writers read them); words null (LocalAI, R34) only at SHOULD: decoders take it as absent, and audio.verbose-words fails it when word timestamps were asked. SHOULD: language, and every segment key the spec requires. Unknown fields (task, as the API reference shows) are allowed.
 */
export interface TranscriptionVerboseResponse {
  language: string;
  duration: number;
  text: string;
  segments?: Segment[];
  words?: Word[];
  usage?: {
    type: 'duration';
    seconds: number;
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
export interface Segment {
  id: number;
  seek: number;
  start: number;
  end: number;
  text: string;
  tokens: number[];
  temperature: number;
  avg_logprob: number;
  compression_ratio: number;
  no_speech_prob: number;
  [k: string]: unknown;
}
export interface Word {
  word: string;
  start: number;
  end: number;
  [k: string]: unknown;
}
