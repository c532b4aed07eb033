import { describe, expect, it } from 'vitest';
import { imageTokens } from './image-tokens.ts';

describe('imageTokens', () => {
  it("matches the guide's worked examples", () => {
    expect(imageTokens(1024, 1024, 'high')).toBe(765);
    expect(imageTokens(2048, 4096, 'high')).toBe(1105);
    expect(imageTokens(2048, 4096, 'low')).toBe(85);
  });

  it('auto counts as high; small images keep their size (one tile)', () => {
    expect(imageTokens(1024, 1024)).toBe(765);
    expect(imageTokens(64, 32, 'high')).toBe(255);
    expect(imageTokens(4000, 100, 'high')).toBe(170 * 4 + 85); // fit 2048×51 → 4 tiles in one row
  });
});
