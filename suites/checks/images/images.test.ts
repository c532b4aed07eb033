import { describe, expect, it } from 'vitest';
import type { Exchange, TranscriptSet } from '../../engine/types.ts';
import { encodePng } from '../../../mock/core/media/png.ts';
import { CONTROL } from '../chat/probes.ts';
import { binaryEx, chatCompletion, ctx, errorBody, jsonEx, sdkOk, tr } from '../internal/fixtures.ts';
import { edit } from './edit.ts';
import { badSize, sdkGenerate, shapeFull, shapeMust, validPng } from './generation.ts';
import { checks, probes } from './index.ts';
import { b64Format, defaultN } from './options.ts';
import { IMAGES } from './probes.ts';

const c = ctx({ imageModel: 'img-test' });
const png = (w: number, h: number) =>
  encodePng({
    width: w,
    height: h,
    palette: [
      [1, 2, 3],
      [4, 5, 6],
    ],
    bitDepth: 1,
    pixel: (x) => x & 1,
  });
const b64 = (w = 1024, h = 1024) => ({
  created: 1_763_683_200,
  data: [{ b64_json: Buffer.from(png(w, h)).toString('base64') }],
});
const URL_PATH = '/images/generated/1024x1024/ab.png';
const urlBody = (base = c.baseUrl) => ({ created: 1_763_683_200, data: [{ url: `${base}${URL_PATH}` }] });
const refusal = (status: number, message: string, param: string | null = 'size') => ({
  status,
  body: errorBody(message, param, null),
});

function imagesSet(
  generate: unknown = b64(),
  extra: {
    fetch?: Uint8Array;
    badSize?: unknown;
    b64?: unknown;
    control?: number;
    edit?: unknown;
    editFetch?: Uint8Array;
  } = {},
): TranscriptSet {
  const ex = (label: string, b: any, path = '/images/generations') =>
    b && typeof b === 'object' && 'status' in b && 'body' in b
      ? jsonEx(label, b.body, { status: b.status, path })
      : jsonEx(label, b, { path });
  const exchanges: Exchange[] = [{ ...ex('generate', generate), via: 'sdk' }];
  if (extra.fetch) exchanges.push(binaryEx('fetch-url', extra.fetch, 'image/png', { method: 'GET', path: URL_PATH }));
  exchanges.push(ex('bad-size', extra.badSize ?? refusal(400, 'The size is not supported by this model.', null)));
  exchanges.push(ex('b64-json', extra.b64 ?? b64()));
  // a target that refuses the generation refuses the edit the same way, unless a test says otherwise
  const refused = generate && typeof generate === 'object' && 'status' in generate;
  exchanges.push({ ...ex('edit', extra.edit ?? (refused ? generate : b64()), '/images/edits'), via: 'sdk' });
  if (extra.editFetch)
    exchanges.push(binaryEx('edit-fetch-url', extra.editFetch, 'image/png', { method: 'GET', path: URL_PATH }));
  const ok = !(generate && typeof generate === 'object' && 'status' in generate);
  return {
    [IMAGES]: tr(IMAGES, exchanges, [sdkOk('generate', ok ? generate : undefined)]),
    [CONTROL.probe]: tr(CONTROL.probe, [jsonEx(CONTROL.label, chatCompletion(), { status: extra.control ?? 200 })]),
  };
}

describe('images checks', () => {
  it('pass on a b64_json PNG of the size asked, and on a URL under the base URL that serves one', () => {
    for (const check of checks) expect(check.grade(imagesSet(), c).status, check.id).toBe('pass');
    const viaUrl = imagesSet(urlBody(), { fetch: png(1024, 1024), edit: urlBody(), editFetch: png(1024, 1024) });
    for (const check of checks) expect(check.grade(viaUrl, c).status, check.id).toBe('pass');
    expect(validPng.grade(viaUrl, c).message).toMatchInlineSnapshot(
      `"a 1024×1024 PNG that inflates whole (132192 bytes, from fetch-url)"`,
    );
  });

  it('valid-png: a wrong size, bytes that are no PNG, a cut PNG, a failed fetch fail', () => {
    expect(validPng.grade(imagesSet(b64(256, 256)), c).message).toMatchInlineSnapshot(
      `"the image must be 1024x1024 as asked, got 256x256"`,
    );
    const text = { created: 1, data: [{ b64_json: Buffer.from('not a png at all').toString('base64') }] };
    expect(validPng.grade(imagesSet(text), c).message).toMatchInlineSnapshot(
      `"the image must be a PNG that decodes: not a PNG (starts 6e 6f 74 20 61 20 70 6e)"`,
    );
    expect(
      validPng.grade(imagesSet(urlBody(), { fetch: png(1024, 1024).subarray(0, 5000) }), c).message,
    ).toMatchInlineSnapshot(`"the image must be a PNG that decodes: the IDAT chunk runs past the end of the file"`);
    expect(validPng.grade(imagesSet({ created: 1, data: [{ b64_json: '@@@' }] }), c).status).toBe('fail');
  });

  it('valid-png: a URL on another host is not fetched, so inconclusive', () => {
    expect(validPng.grade(imagesSet(urlBody('https://cdn.example.com/x')), c)).toMatchInlineSnapshot(`
      {
        "message": "the image is at https://cdn.example.com/x/images/generated/1024x1024/ab.png, not under the target's base URL: not fetched, so not checked",
        "status": "inconclusive",
      }
    `);
  });

  it('shape: no data fails MUST; a created in milliseconds warns', () => {
    expect(shapeMust.grade(imagesSet({ created: 1 }), c).status).toBe('fail');
    expect(shapeFull.grade(imagesSet({ ...b64(), created: 1_763_683_200_000 }), c).status).toBe('fail');
    expect(shapeMust.grade(imagesSet({ ...b64(), created: 1_763_683_200_000 }), c).status).toBe('pass');
  });

  it('the endpoint absent (404 while chat answers) is unsupported for every check; a control refused too, untestable', () => {
    const absent = imagesSet(refusal(404, 'Invalid URL (POST /v1/images/generations)', null));
    expect(shapeMust.grade(absent, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "generate",
            "probe": "images.generate",
          },
        },
        "message": "the /images/generations endpoint is not supported: images.generate (generate) answered 404 (Invalid URL (POST /v1/images/generations)) while its control chat.basic (nonstream) was accepted",
        "status": "unsupported",
      }
    `);
    for (const check of checks)
      expect(check.grade(absent, c).status, check.id).toBe(check === badSize ? 'untestable' : 'unsupported');
    expect(shapeMust.grade(imagesSet(refusal(404, 'nope', null), { control: 404 }), c).status).toBe('untestable');
  });

  it("default-n: one-api's 400 for no n fails (R30) and leaves the others untestable; two images fail", () => {
    const oneApi = {
      status: 400,
      body: { error: { message: 'invalid value of n', type: 'one_api_error', param: '', code: 'n_not_within_range' } },
    };
    const t = imagesSet(oneApi, { badSize: oneApi, b64: oneApi });
    expect(defaultN.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "generate",
            "probe": "images.generate",
          },
          "seen": 400,
        },
        "message": "a generation without n must give one image (n defaults to 1), got 400: invalid value of n",
        "status": "fail",
      }
    `);
    expect(shapeMust.grade(t, c)).toMatchInlineSnapshot(`
      {
        "message": "the generation without n was refused (invalid value of n): see images.default-n",
        "prerequisite": "images.default-n",
        "status": "untestable",
      }
    `);
    for (const check of checks.filter((k) => k !== defaultN))
      expect(check.grade(t, c).status, check.id).toBe('untestable');
    const withN = imagesSet();
    withN[IMAGES].exchanges[0].request.body = JSON.stringify({ model: 'img-test', prompt: 'p', n: 1 });
    expect(defaultN.grade(withN, c)).toMatchInlineSnapshot(`
      {
        "message": "the generation sent n = 1: the default of n was not tested",
        "status": "inconclusive",
      }
    `);
    const two = { ...b64(), data: [...b64().data, ...b64().data] };
    expect(defaultN.grade(imagesSet(two), c).message).toMatchInlineSnapshot(
      `"without n, data must hold exactly one image, got 2"`,
    );
  });

  it('response-format: 200 with data [] fails (R29); a 400 naming response_format is unsupported; url for b64_json fails', () => {
    const litellm = { created: 1, data: [], usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } };
    expect(b64Format.grade(imagesSet(b64(), { b64: litellm }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "b64-json",
            "probe": "images.generate",
          },
          "seen": [],
        },
        "message": "response_format b64_json must give an image (or a 400 where the model does not take it), got 200 with data []",
        "status": "fail",
      }
    `);
    const gptImage = refusal(400, "Unknown parameter: 'response_format'.", 'response_format');
    expect(b64Format.grade(imagesSet(b64(), { b64: gptImage }), c).status).toBe('unsupported');
    expect(b64Format.grade(imagesSet(b64(), { b64: urlBody() }), c).message).toMatchInlineSnapshot(
      `"response_format b64_json was not honoured: data[0] is {"url":"http://127.0.0.1:4010/v1/images/generated/1024x1024/ab.png"}"`,
    );
    expect(b64Format.grade(imagesSet(b64(), { b64: { created: 1, data: [{ b64_json: '@@' }] } }), c).status).toBe(
      'fail',
    );
  });

  it('bad-size: an accepted 7x7 fails', () => {
    expect(badSize.grade(imagesSet(b64(), { badSize: b64(7, 7) }), c).message).toMatch(
      /^size 7x7 must be refused with 400, got 200/,
    );
  });

  it('sdk-generate: a call that threw fails', () => {
    const t = imagesSet();
    t[IMAGES].sdk = [
      { label: 'generate', sdkVersion: 'openai-node 6.49.0', ok: false, error: { class: 'TypeError', message: 'bad' } },
    ];
    expect(sdkGenerate.grade(t, c).message).toMatchInlineSnapshot(`"images.generate() threw TypeError: bad"`);
  });

  it('the probe skips without an image model; its cost covers its requests', () => {
    expect(probes[0].skip!(ctx())).toMatchInlineSnapshot(`"no image model: pass --image-model"`);
    const most = imagesSet(urlBody(), { fetch: png(2, 2), edit: urlBody(), editFetch: png(2, 2) });
    expect(probes[0].cost(c)).toBe(most[IMAGES].exchanges.length);
  });

  it('edit: an image of the size asked passes; a missing route is unsupported; a wrong size or no image fails', () => {
    expect(edit.grade(imagesSet(), c)).toMatchObject({ status: 'pass' });
    const missing = imagesSet(b64(), { edit: refusal(404, 'Invalid URL (POST /v1/images/edits)', null) });
    expect(edit.grade(missing, c).status).toBe('unsupported');
    expect(edit.grade(imagesSet(b64(), { edit: b64(256, 256) }), c).message).toMatchInlineSnapshot(
      `"the image must be 1024x1024 as asked, got 256x256"`,
    );
    expect(edit.grade(imagesSet(b64(), { edit: { created: 1 } }), c).message).toMatchInlineSnapshot(`
      "the edit must match the images-response schema at MUST level: 1 issue(s) in the edit
      ✖ Invalid input: expected array, received undefined
        → at data"
    `);
    expect(edit.grade(imagesSet(b64(), { edit: { data: [{}] } }), c).status).toBe('fail');
  });
});
