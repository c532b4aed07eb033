import { describe, expect, it } from 'vitest';
import { defaultChatModel, defaultEmbeddingModel, modelIds } from './preflight.ts';

describe('preflight model defaults', () => {
  const models = ['text-embedding-3-small', 'whisper-1', 'tts-1', 'dall-e-3', 'omni-moderation-latest', 'gpt-4o-mini', 'gpt-4o'];
  it('picks the first chat-like model and an embedding model', () => {
    expect(defaultChatModel(models)).toBe('gpt-4o-mini');
    expect(defaultEmbeddingModel(models)).toBe('text-embedding-3-small');
  });
  it('finds none when none fit', () => {
    expect(defaultChatModel(['text-embedding-3-small'])).toBeUndefined();
    expect(defaultEmbeddingModel(['gpt-4o'])).toBeUndefined();
  });
});

describe('preflight model ids', () => {
  it('reads the spec list, and a bare array too (the models checks grade the shape, not preflight)', () => {
    expect(modelIds('{"object":"list","data":[{"id":"a"},{"id":"b"}]}')).toEqual(['a', 'b']);
    expect(modelIds('["a", {"id": "b"}, 3]')).toEqual(['a', 'b']);
    expect(modelIds('<html>')).toEqual([]);
  });
});
