import { describe, expect, it } from 'vitest';
import { defaultMediaModels } from './media-models.ts';

describe('defaultMediaModels', () => {
  it('picks the first listed model of each kind; a flag wins', () => {
    const listed = ['gpt-4o', 'dall-e-2', 'gpt-image-1', 'whisper-1', 'gpt-4o-mini-tts', 'tts-1'];
    expect(defaultMediaModels(listed, {})).toEqual({
      imageModel: 'dall-e-2',
      transcriptionModel: 'whisper-1',
      speechModel: 'gpt-4o-mini-tts',
    });
    expect(defaultMediaModels(listed, { speechModel: 'tts-1' }).speechModel).toBe('tts-1');
    expect(defaultMediaModels(['gpt-4o'], {})).toEqual({});
  });
});
