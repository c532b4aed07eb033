// generated — do not edit; run npm run gen (source: schemas/transcript-stream-event.schema.json)

/**
 * One event of a streamed transcription (spec: CreateTranscriptionResponseStreamEvent, TranscriptTextDeltaEvent, TranscriptTextDoneEvent; stream: true, whisper-1 ignores it): text deltas, then the whole text. MUST: type, and delta or text as a string (what a client appends or shows); SHOULD: usage on the done event. Unknown fields are allowed.
 */
export type TranscriptStreamEvent = Delta | Done;

export interface Delta {
  type: 'transcript.text.delta';
  delta: string;
  logprobs?: unknown[];
  segment_id?: string;
  [k: string]: unknown;
}
export interface Done {
  type: 'transcript.text.done';
  text: string;
  logprobs?: unknown[];
  usage: {
    type: 'tokens' | 'duration';
    [k: string]: unknown;
  };
  [k: string]: unknown;
}
