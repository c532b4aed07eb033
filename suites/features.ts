// The registry of feature tags. A check or probe with a tag not listed here fails a test.
export const FEATURES = {
  models: 'GET /models and /models/{id}',
  chat: 'Non-streaming chat completions',
  streaming: 'Server-sent event streaming of chat completions',
  embeddings: 'POST /embeddings, float and base64',
  completions: 'Legacy POST /completions',
  errors: 'Error statuses, bodies and SDK error classes',
  tools: 'Function calling, streamed and not',
  'json-mode': 'response_format json_object',
  'structured-outputs': 'response_format json_schema (strict)',
  'rate-limits': 'x-ratelimit-* headers, 429 and retries',
  properties: 'Property-based probes over schema-derived requests',
  responses: 'The Responses API: POST /responses (streamed and not), retrieve, delete, input items',
  vision: 'Image parts in chat messages (base64 PNG)',
  images: 'POST /images/generations: b64_json or url, a valid PNG of the size asked',
  audio: 'POST /audio/speech, /audio/transcriptions (multipart WAV upload)',
  cases: "Your app's own cases (conform cases FILE)",
} as const;

export type FeatureTag = keyof typeof FEATURES;

export function isFeatureTag(tag: string): tag is FeatureTag {
  return Object.hasOwn(FEATURES, tag);
}
