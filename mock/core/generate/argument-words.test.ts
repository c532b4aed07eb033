import { describe, expect, it } from 'vitest';
import { argumentWords, normalWord } from './argument-words.ts';

describe('argumentWords', () => {
  it('puts names first, joining runs of capitalised words', () => {
    expect(argumentWords("What's the weather like in New York today?", new Set(['weather']))).toEqual([
      'New York',
      'today',
    ]);
    expect(argumentWords('Can you check flights from Paris to Rio de Janeiro', new Set(['flight']))).toEqual([
      'Paris',
      'Rio',
      'Janeiro',
      'de',
    ]);
  });

  it('drops stopwords, request verbs, contractions and the tool words', () => {
    expect(argumentWords('Please find the time in tokyo', new Set(['time']))).toEqual(['tokyo']);
    expect(argumentWords("Tell me what's in Oslo's harbour")).toEqual(['Oslo', 'harbour']);
  });

  it('treats a capital after a sentence end as an ordinary word', () => {
    expect(argumentWords('Hi. Weather for Lima')).toEqual(['Lima', 'Hi', 'Weather']);
  });

  it('normalises words for comparison', () => {
    expect([normalWord('Flights'), normalWord("Oslo's"), normalWord('class'), normalWord('bus')]).toEqual([
      'flight',
      'oslo',
      'class',
      'bus',
    ]);
  });
});
