import { describe, expect, it } from 'vitest';
import { ctx, errorBody, sdkErr, skipped, tr } from '../internal/fixtures.ts';
import { dimensions, equalLength, indexOrder, onePerInput } from './batch.ts';
import { base64, sdkDefault } from './encoding.ts';
import { checks, probes } from './index.ts';
import { BATCH, EMB } from './probes.ts';
import { contentType, shapeFull, shapeMust, usage } from './shape.ts';
import { embSet, embeddingTranscript, list, toBase64, vec } from './test-set.ts';

const c = ctx();

describe('embeddings checks', () => {
  it('pass on spec-shaped answers', () => {
    for (const check of checks) expect(check.grade(embSet(), c).status, check.id).toBe('pass');
  });

  it('the probe skips without an embedding model, and the checks report the skip', () => {
    expect(probes[0].skip!(ctx({ embeddingModel: undefined }))).toMatchInlineSnapshot(
      `"no embedding model: pass --embedding-model"`,
    );
    expect(
      shapeMust.grade({ [EMB.basic]: skipped(EMB.basic, 'no embedding model: pass --embedding-model') }, c).status,
    ).toBe('skip');
  });

  it('shape: a single-input request that fails is a failure; the others are untestable', () => {
    const t = embSet({ single: { status: 500, body: errorBody('boom', null, null) } });
    expect(shapeMust.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "single",
            "probe": "embeddings.basic",
          },
          "seen": 500,
        },
        "message": "POST /embeddings must answer 200 for one input, got 500: boom",
        "status": "fail",
      }
    `);
    expect(onePerInput.grade(t, c).status).toBe('untestable');
  });

  it('shape-full: a missing object key warns', () => {
    const body = list([vec(0)]) as any;
    delete body.data[0].object;
    expect(shapeFull.grade(embSet({ single: body }), c).status).toBe('fail');
  });

  it('one-per-input and index-order catch short and shuffled batches', () => {
    expect(onePerInput.grade(embSet({ batch: list([vec(0), vec(1)]) }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "batch",
            "probe": "embeddings.basic",
          },
          "seen": 2,
        },
        "message": "3 inputs must give 3 embeddings, got 2 in embeddings.basic "batch"",
        "status": "fail",
      }
    `);
    const shuffled = list(BATCH.map((_, i) => vec(i))) as any;
    shuffled.data.reverse();
    expect(indexOrder.grade(embSet({ batch: shuffled }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "batch",
            "probe": "embeddings.basic",
          },
          "seen": [
            2,
            1,
            0,
          ],
        },
        "message": "data[0].index must be 0, got 2 (indexes: [2,1,0]) in embeddings.basic "batch"",
        "status": "fail",
      }
    `);
  });

  it('equal-length: vectors of different lengths fail', () => {
    expect(equalLength.grade(embSet({ batch: list([vec(0), vec(1, 4), vec(2)]) }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "batch",
            "probe": "embeddings.basic",
          },
          "seen": [
            8,
            8,
            4,
            8,
          ],
        },
        "message": "all vectors must have one length, got [8,8,4,8]",
        "status": "fail",
      }
    `);
  });

  it('dimensions: ignored fails, a 400 is unsupported (B35)', () => {
    expect(dimensions.grade(embSet({ dimensions: list([vec(0)]) }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "dimensions",
            "probe": "embeddings.basic",
          },
          "seen": 8,
        },
        "message": "dimensions: 256 must give vectors of length 256, got 8",
        "status": "fail",
      }
    `);
    expect(
      dimensions.grade(
        embSet({
          dimensions: {
            status: 400,
            body: errorBody('This model does not support specifying dimensions.', 'dimensions', null),
          },
        }),
        c,
      ).status,
    ).toBe('unsupported');
  });

  it('base64: float arrays instead of base64 fail (B40); wrong bytes fail', () => {
    expect(base64.grade(embSet({ base64: list(BATCH.map((_, i) => vec(i))) }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "base64",
            "probe": "embeddings.basic",
          },
          "seen": "object",
        },
        "message": "encoding_format "base64" must give base64 strings, got a float array (the option was ignored) at data[0]",
        "status": "fail",
      }
    `);
    expect(base64.grade(embSet({ base64: list(BATCH.map((_, i) => toBase64(vec(i + 5)))) }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "base64",
            "probe": "embeddings.basic",
          },
        },
        "message": "the base64 form: vector 0 differs from the float form (cosine -0.5739)",
        "status": "fail",
      }
    `);
  });

  it('sdk-default: the quarter-length vectors of a server that ignores base64 fail (B40)', () => {
    // what openai-node 6 makes of float arrays it takes for base64: Buffer.from(array) keeps one byte per number
    const garbage = list(BATCH.map((_, i) => vec(i).slice(0, 2)));
    expect(sdkDefault.grade(embSet({}, garbage), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "sdk",
            "probe": "embeddings.basic",
          },
        },
        "message": "openai-node 6.49.0 default path: vector 0 has 2 values, the float form has 8 (a quarter: float arrays decoded as base64 bytes)",
        "status": "fail",
      }
    `);
    const zeros = list(BATCH.map(() => new Array(8).fill(0)));
    expect(sdkDefault.grade(embSet({}, zeros), c).status).toBe('fail');
    const threw = {
      [EMB.basic]: {
        ...embeddingTranscript(),
        sdk: [sdkErr('sdk', 'BadRequestError', 400, '400 unsupported encoding_format')],
      },
    };
    expect(sdkDefault.grade(threw, c).status).toBe('fail');
  });

  it('usage: missing usage fails', () => {
    const body = list([vec(0)]) as any;
    delete body.usage;
    expect(usage.grade(embSet({ single: body }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "single",
            "probe": "embeddings.basic",
          },
          "seen": null,
        },
        "message": "usage must have integer prompt_tokens and total_tokens, got missing in embeddings.basic "single"",
        "status": "fail",
      }
    `);
  });

  it('the endpoint absent (a 404 while chat answers) makes every check unsupported; a control refused too, untestable', () => {
    const t = embSet({ single: { status: 404, body: errorBody('Not Found', null, null) } });
    expect(shapeMust.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "single",
            "probe": "embeddings.basic",
          },
        },
        "message": "the /embeddings endpoint is not supported: embeddings.basic (single) answered 404 (Not Found) while its control chat.basic (nonstream) was accepted",
        "status": "unsupported",
      }
    `);
    for (const check of checks) expect(check.grade(t, c).status, check.id).toBe('unsupported');
    const all = embSet({ single: { status: 404, body: errorBody('No fixture matched', null, null) } }, undefined, 404);
    expect(shapeMust.grade(all, c).status).toBe('untestable');
  });

  it('one-per-input and index-order judge every answer, single inputs too', () => {
    expect(onePerInput.grade(embSet({ single: list([vec(0), vec(1)]) }), c).message).toMatchInlineSnapshot(
      `"1 input must give 1 embedding, got 2 in embeddings.basic "single""`,
    );
    const shuffled = list(BATCH.map((_, i) => toBase64(vec(i)))) as any;
    shuffled.data[0].index = 1;
    expect(indexOrder.grade(embSet({ base64: shuffled }), c).status).toBe('fail');
  });

  it('usage: fewer prompt tokens than input words fail', () => {
    const body = list(BATCH.map((_, i) => vec(i))) as any;
    body.usage = { prompt_tokens: 3, total_tokens: 3 };
    expect(usage.grade(embSet({ batch: body }), c).message).toMatchInlineSnapshot(
      `"usage.prompt_tokens must count the input, but it is 3 for 12 words (each at least one token) in embeddings.basic "batch""`,
    );
  });

  it('content-type: text/plain fails', () => {
    const t = embSet();
    t[EMB.basic].exchanges[1].response!.headers['content-type'] = 'text/plain';
    expect(contentType.grade(t, c).status).toBe('fail');
  });

  it('probe cost matches its requests', () => {
    expect(probes[0].cost(c)).toBe(tr(EMB.basic, embeddingTranscript().exchanges).exchanges.length + 1);
  });
});
