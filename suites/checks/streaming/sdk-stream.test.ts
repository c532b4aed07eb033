import { describe, expect, it } from 'vitest';
import { ctx, sdkErr, sdkOk, tr } from '../internal/fixtures.ts';
import { S } from './probes.ts';
import { sdkChunks, sdkFinal } from './sdk-stream.ts';
import { streamSet } from './test-set.ts';

const c = ctx();
const withOutcome = (o: Parameters<typeof tr>[2]) => streamSet([tr(S.sdk, [], o)]);

describe('SDK stream checks', () => {
  it('pass when the SDK yields chunks and finalChatCompletion() resolves', () => {
    expect(sdkChunks.grade(streamSet(), c).status).toBe('pass');
    expect(sdkFinal.grade(streamSet(), c).status).toBe('pass');
  });

  it('fail when finalChatCompletion() throws on a missing finish_reason or role (B12, B13)', () => {
    const t = withOutcome([{ ...sdkErr('sdk', 'OpenAIError', undefined, 'missing finish_reason for choice 0'), chunks: [{}, {}] }]);
    expect(sdkFinal.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "streaming.sdk",
          },
          "seen": {
            "class": "OpenAIError",
            "message": "missing finish_reason for choice 0",
            "status": undefined,
          },
        },
        "message": "the SDK stream must complete, but openai-node 6.49.0 threw OpenAIError: missing finish_reason for choice 0",
        "status": "fail",
      }
    `);
    expect(sdkChunks.grade(t, c).status).toBe('pass');
  });

  it('fail when the SDK yields nothing (a plain JSON body)', () => {
    const t = withOutcome([{ ...sdkOk('sdk', undefined), chunks: [] }]);
    expect(sdkChunks.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "streaming.sdk",
          },
          "seen": null,
        },
        "message": "the SDK stream must yield chunks, but it yielded none and ended without error",
        "status": "fail",
      }
    `);
  });

  it('an HTTP 4xx before any chunk is unsupported, a 5xx untestable', () => {
    expect(sdkFinal.grade(withOutcome([sdkErr('sdk', 'BadRequestError', 400, '400 stream not supported')]), c).status).toBe('unsupported');
    expect(sdkFinal.grade(withOutcome([sdkErr('sdk', 'InternalServerError', 500, '500 boom')]), c).status).toBe('untestable');
  });
});
