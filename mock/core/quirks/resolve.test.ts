import { describe, expect, it } from 'vitest';
import { assertQuirks, parseQuirks, resolveQuirks } from './index.ts';

describe('resolveQuirks', () => {
  it("joins the configured quirks and the header's, ignoring spaces and empty items", () => {
    const r = resolveQuirks(['no-done'], ' no-id , ,created-ms');
    expect(r.ok && [...r.quirks]).toEqual(['no-done', 'no-id', 'created-ms']);
  });
  it('is the configured set when the header is absent or blank', () => {
    for (const header of [undefined, '', '  ']) {
      const r = resolveQuirks(['no-done'], header);
      expect(r.ok && [...r.quirks]).toEqual(['no-done']);
    }
    const none = resolveQuirks(undefined, undefined);
    expect(none.ok && none.quirks.size).toBe(0);
  });
  it('names the unknown quirks and lists the valid ones', () => {
    expect(resolveQuirks([], 'no-done,nodone,flat-errors')).toMatchInlineSnapshot(`
      {
        "message": "[conform] Unknown quirks "nodone", "flat-errors" in the x-conform-quirks header. Use a comma-separated list of quirks (array-error, bad-rate-limit-headers, buffered-stream, created-ms, done-trailing-space, embeddings-float-only, empty-first-chunk, finish-reason-empty, finish-reason-eos, finish-reason-every-chunk, flat-error, images-empty-data, images-n-required, json-fenced, json-schema-ignored, keep-alive-comments, max-tokens-ignored, models-bad-shape, n-ignored, n-unsupported, no-done, no-final-finish-reason, no-finish-reason-key, no-first-role, no-id, no-message, no-rate-limit-headers, no-refusal-key, no-request-id, no-tool-call-index, no-usage-chunk, numeric-error-code, object-arguments, ok-on-bad-input, problem-json-error, remote-image-refused, responses-done-event, responses-done-sentinel, responses-empty-final-output, responses-ignore-previous-id, responses-no-sequence-number, responses-previous-id-404, reused-tool-call-index, seed-ignored, server-error-on-bad-input, speech-wav-as-mpeg, srt-json-content-type, stop-ignored, stop-in-output, stream-as-json, stream-error-200, string-error, text-error-content-type, tool-calls-finish-stop, transcript-formats-as-json, usage-every-chunk, usage-mismatch, verbose-duration-string, verbose-words-null, vision-server-error, whole-tool-arguments) or provider profiles (anthropic-compat, azure, gemini-compat, groq, llama-cpp, lm-studio, meta-llama, mistral, ollama, openrouter, tgi, together, vllm).",
        "ok": false,
      }
    `);
  });
  it('does not take inherited property names for quirks', () => {
    expect(parseQuirks('toString,constructor', 'x').ok).toBe(false);
  });
});

describe('assertQuirks', () => {
  it('throws the same message for configuration', () => {
    expect(() => assertQuirks(['no-done', 'bogus'])).toThrowError(
      /^\[conform\] Unknown quirk "bogus" in the mock options \(quirks\)\. Use/,
    );
    expect([...assertQuirks(['no-done'])]).toEqual(['no-done']);
  });
});
