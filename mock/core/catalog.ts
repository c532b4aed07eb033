// The models the mock serves. Ids follow what application code and tests most often hard-code.

/** What a model serves; each endpoint's row in endpoints/table.ts lists the kinds it accepts. */
export const MODEL_KINDS = ['chat', 'completion', 'embedding'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export interface MockModel {
  id: string;
  kind: ModelKind;
  owned_by: string;
  created: number; // unix seconds
  dimensions?: number; // embedding models: default vector length
  maxOutputTokens?: number; // chat/completion models: a larger max_tokens gets the API's 400
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
  { id: 'o3-mini', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 100_000 },
  { id: 'o4-mini', kind: 'chat', owned_by: 'system', created: C, maxOutputTokens: 100_000 },
  { id: 'gpt-3.5-turbo', kind: 'chat', owned_by: 'openai', created: C, maxOutputTokens: 4_096 },
  { id: 'gpt-3.5-turbo-instruct', kind: 'completion', owned_by: 'system', created: C, maxOutputTokens: 4_096 },
  { id: 'davinci-002', kind: 'completion', owned_by: 'system', created: C, maxOutputTokens: 4_096 },
  { id: 'text-embedding-3-small', kind: 'embedding', owned_by: 'system', created: C, dimensions: 1536 },
  { id: 'text-embedding-3-large', kind: 'embedding', owned_by: 'system', created: C, dimensions: 3072 },
  { id: 'text-embedding-ada-002', kind: 'embedding', owned_by: 'openai-internal', created: C, dimensions: 1536 },
];

/** A model given only by id: its kind is guessed from the name ("embed" → embedding, "instruct" → completion). */
export function modelFromId(id: string): MockModel {
  const kind: ModelKind = /embed/i.test(id)
    ? 'embedding'
    : /instruct|davinci|babbage/i.test(id)
      ? 'completion'
      : 'chat';
  return {
    id,
    kind,
    owned_by: 'conform-mock',
    created: C,
    ...(kind === 'embedding' ? { dimensions: 1536 } : { maxOutputTokens: 16_384 }),
  };
}
