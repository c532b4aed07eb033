import { describe, expect, it } from 'vitest';
import { PHRASE } from './probes.ts';
import { damage, loneSurrogate, missingPieces } from './utf8.ts';

const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

describe('UTF-8 damage', () => {
  it('finds none in the phrase itself, nor in its NFD form', () => {
    expect(damage(PHRASE)).toBeUndefined();
    expect(missingPieces(PHRASE)).toEqual([]);
    expect(missingPieces(PHRASE.normalize('NFD'))).toEqual([]);
  });

  it('names replacement characters, lone surrogates, mojibake and double escapes', () => {
    expect(damage(PHRASE.replace('東京', '\uFFFD\uFFFD'))).toMatch(/^it holds U\+FFFD/);
    expect(damage(PHRASE.replace('🌍', '\uD83C'))).toMatchInlineSnapshot(
      `"it holds a lone surrogate at character 33 (half of an astral character such as 🌍; Python clients fail to encode it)"`,
    );
    expect(damage(latin1(PHRASE))).toMatchInlineSnapshot(
      `""Zoë" came back as "ZoÃ«": UTF-8 was read as a single-byte encoding (mojibake)"`,
    );
    expect(damage(PHRASE.replace('🌍', 'ðŸŒ\u008D'))).toMatch(/"🌍" came back as "ðŸŒ/);
    expect(damage(JSON.stringify(PHRASE).slice(1, -1))).toMatchInlineSnapshot(
      `"the double quotes came back escaped (\\"): "Zoë says \\\\\\"sunny\\\\\\" in C:\\\\\\\\Paris\\\\n東京:\\\\t🌍 café""`,
    );
    expect(damage('Zo\\u00eb says')).toMatch(/a \\u escape is left/);
  });

  it('finds lone surrogates of either half, and none in a pair', () => {
    expect(loneSurrogate('a🌍b')).toBe(-1);
    expect(loneSurrogate('a\uDF0Db')).toBe(1);
    expect(loneSurrogate('ab\uD83C')).toBe(2);
  });

  it('lists the pieces a paraphrase leaves out', () => {
    expect(missingPieces('Zoe says it is sunny in Paris and Tokyo 🌍')).toEqual(['Zoë', 'café', '東京']);
  });
});
