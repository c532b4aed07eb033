// The models the mock serves. Ids follow what application code and tests most often hard-code.

/** What a model serves; each endpoint's row in endpoints/table.ts lists the kinds it accepts. */
export const MODEL_KINDS = ['chat', 'completion', 'embedding', 'image', 'transcription', 'speech'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface MockModel {
  id: string;
  kind: ModelKind;
  owned_by: string;
  created: number; // unix seconds
  dimensions?: number; // embedding models: default vector length
  maxOutputTokens?: number; // chat/completion models: a larger max_tokens gets the API's 400
  vision?: false; // chat models that cannot see: an image part gets the API's 400 (the others read images)
}

const C = 1_715_367_049; // a fixed date keeps /v1/models answers byte-identical between runs

export const DEFAULT_MODELS: readonly MockModel[] = [
  { id: 'gpt-4o-mini', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 16_384 },
  { id: 'gpt-4o', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 16_384 },
  { id: 'gpt-4.1', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 32_768 },
  { id: 'gpt-4.1-mini', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 32_768 },
  { id: 'gpt-4.1-nano', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 32_768 },
  { id: 'gpt-5', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 128_000 },
  { id: 'gpt-5-mini', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 128_000 },
  { id: 'gpt-5-nano', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 128_000 },
  { id: 'o3', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 100_000 },
  { id: 'o3-mini', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 100_000, vision: false },
  { id: 'o4-mini', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 100_000 },
  { id: 'gpt-3.5-turbo', kind: 'chat', owned_by: 'openai', created: C, maxOutputTokens: 4_096, vision: false },
  { id: 'gpt-3.5-turbo-instruct', kind: 'completion', owned_by: 'system', created: C, maxOutputTokens: 4_096 },
  { id: 'davinci-002', kind: 'completion', owned_by: 'system', created: C, maxOutputTokens: 4_096 },
  { id: 'text-embedding-3-small', kind: 'embedding', owned_by: 'system', created: C, dimensions: 1536 },
  { id: 'text-embedding-3-large', kind: 'embedding', owned_by: 'system', created: C, dimensions: 3072 },
  { id: 'text-embedding-ada-002', kind: 'embedding', owned_by: 'openai-internal', created: C, dimensions: 1536 },
  // media: dall-e-2 first, so a run that picks the first image model sees the url answer (mock/core/images)
  { id: 'dall-e-2', kind: 'image', owned_by: 'system', created: C },
  { id: 'dall-e-3', kind: 'image', owned_by: 'system', created: C },
  { id: 'gpt-image-1', kind: 'image', owned_by: 'system', created: C },
  { id: 'whisper-1', kind: 'transcription', owned_by: 'openai-internal', created: C },
  { id: 'gpt-4o-transcribe', kind: 'transcription', owned_by: 'system', created: C },
  { id: 'gpt-4o-mini-transcribe', kind: 'transcription', owned_by: 'system', created: C },
  { id: 'tts-1', kind: 'speech', owned_by: 'openai-internal', created: C },
  { id: 'tts-1-hd', kind: 'speech', owned_by: 'system', created: C },
  { id: 'gpt-4o-mini-tts', kind: 'speech', owned_by: 'system', created: C },
];

/** A model given only by id: its kind is guessed from the name ("embed" → embedding, "instruct" → completion). */
export function modelFromId(id: string): MockModel {
  const kind: ModelKind = /embed/i.test(id)
    ? 'embedding'
    : /instruct|davinci|babbage/i.test(id)
      ? 'completion'
      : /dall-e|gpt-image/i.test(id)
        ? 'image'
        : /whisper|transcribe/i.test(id)
          ? 'transcription'
          : /tts/i.test(id)
            ? 'speech'
            : 'chat';
  return {
    id,
    kind,
    owned_by: 'conform-mock',
    created: C,
    ...(kind === 'embedding'
      ? { dimensions: 1536 }
      : kind === 'chat' || kind === 'completion'
        ? { maxOutputTokens: 16_384 }
        : {}),
  };
}
