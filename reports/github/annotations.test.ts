import { describe, expect, it } from 'vitest';
import { sampleResults } from '../internal/fixtures/sample-results.ts';
import { escapeData, escapeProperty, githubAnnotations } from './annotations.ts';

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a: b, c%\n')).toBe('a%3A b%2C c%25%0A');
  });
  it('escapes % first so an escape is never escaped twice', () => {
    expect(escapeData('%0A')).toBe('%250A');
  });
});

describe('githubAnnotations', () => {
  const lines = githubAnnotations(sampleResults());
  it('emits error for failures, warning for SHOULD warnings, notice for baselined failures', () => {
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual([
      '::notice',
      '::error',
      '::error',
      '::warning',
      '::error',
      '::error',
      '::warning',
      '::error',
    ]);
  });
  it('keeps every annotation on one line', () => {
    for (const l of lines) expect(l).not.toMatch(/[\r\n]/);
  });
  it('pins the wording', () => {
    expect(lines[2]).toMatchInlineSnapshot(
      `"::error title=[MUST] streaming.done-sentinel — The stream ends with data%3A [DONE]::the stream ended after 5 frames without data: [DONE]%0Aexpected by: openai-node 7: src/core/streaming.ts%0Abreaks: openai-node >=7 (stream never ends cleanly)"`,
    );
  });

  it('shows control characters instead of passing them to the log', () => {
    expect(escapeData('a\u001b[2Kb\u0007')).toBe('a\\u001b[2Kb\\u0007');
  });
});
