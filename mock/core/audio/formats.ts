// Audio facts of the API (spec: CreateTranscriptionRequest, CreateSpeechRequest; reference A9, A10).

/** the file types the transcription endpoints take, by extension */
export const UPLOAD_EXTENSIONS = ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm'];

/** 25 MiB: whisper-1's upload limit (STT FAQ); OpenAI answers 413 past it */
export const MAX_UPLOAD_BYTES = 26_214_400;

export const TRANSCRIPT_FORMATS = ['json', 'text', 'srt', 'verbose_json', 'vtt'];

/** the built-in voices, as the spec's description lists them (its enum omits fable, onyx and nova) */
export const VOICES = [
  'alloy',
  'ash',
  'ballad',
  'coral',
  'echo',
  'fable',
  'onyx',
  'nova',
  'sage',
  'shimmer',
  'verse',
  'marin',
  'cedar',
];

/** the speech formats the mock can make without an encoder: see speech.ts */
export const SPEECH_CONTENT_TYPES: Record<string, string> = { wav: 'audio/wav', pcm: 'audio/pcm', mp3: 'audio/mpeg' };

/** gpt-4o(-mini)-transcribe answer json only (spec: CreateTranscriptionRequest.response_format) */
export function formatsOf(model: string): readonly string[] {
  return /transcribe/i.test(model) && !/diarize/i.test(model) ? ['json'] : TRANSCRIPT_FORMATS;
}

const LANGUAGES: Record<string, string> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  nl: 'dutch',
  ja: 'japanese',
  zh: 'chinese',
  ko: 'korean',
  ru: 'russian',
  pl: 'polish',
  sv: 'swedish',
  tr: 'turkish',
};

/** verbose_json names the language ("english"), the request gives ISO-639-1 ("en") */
export function languageName(code: string | undefined): string {
  return (code && LANGUAGES[code.toLowerCase()]) ?? 'english';
}
