import { describe, expect, it } from 'vitest';
import { decodeAll, secretRuns } from './key-runs.ts';

const KEY = 'sk-brk+Ab/Cd+Ef';

describe('secretRuns', () => {
  it('finds the key raw, JSON-escaped, URL-encoded and as HTML references', () => {
    expect(secretRuns(`x ${KEY} y`, KEY)).toEqual([KEY]);
    expect(secretRuns('"sk-brk\\u002BAb\\/Cd\\u002BEf"', KEY)).toEqual([KEY]);
    expect(secretRuns('key=sk-brk%2BAb%2FCd%2BEf', KEY)).toEqual([KEY]);
    expect(secretRuns('sk-brk&#43;Ab&#x2F;Cd&#43;Ef', KEY)).toEqual([KEY]);
  });

  it('finds the pieces of a key split across frames or cut short', () => {
    expect(secretRuns('{"part":"sk-brk+A"}\n\n{"part":"b/Cd+Ef"}', KEY)).toEqual(['sk-brk+A', 'b/Cd+Ef']);
    expect(secretRuns('…sk-b', KEY)).toEqual(['sk-b']);
  });

  it('ignores runs under four characters and text without the key', () => {
    expect(secretRuns('sk- and +Ab', KEY)).toEqual([]);
    expect(secretRuns('[REDACTED]', KEY)).toEqual([]);
  });

  it('decodes every encoding in one pass', () => {
    expect(decodeAll('a\\/b%2Bc\\u0041&#x42;&#67;')).toBe('a/b+cABC');
  });
});
