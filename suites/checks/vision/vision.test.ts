import { describe, expect, it } from 'vitest';
import type { TranscriptSet } from '../../engine/types.ts';
import { chatCompletion, ctx, errorBody, jsonEx, tr } from '../internal/fixtures.ts';
import { checks, probes } from './index.ts';
import { badImage, imageInput, imageTokens, seesImage, shapeMust } from './image-input.ts';
import { VISION } from './probes.ts';
import { remoteImage } from './remote-image.ts';

const c = ctx();
const answer = (content: string, promptTokens: number) => {
  const body = chatCompletion(content) as any;
  body.usage = { prompt_tokens: promptTokens, completion_tokens: 9, total_tokens: promptTokens + 9 };
  return body;
};
const refusal = (status: number, message: string) => ({ status, body: errorBody(message, null, null) });

function visionSet(over: Record<string, unknown> = {}): TranscriptSet {
  const bodies: Record<string, unknown> = {
    text: answer('I cannot see any picture.', 30),
    image: answer('A red picture, 96 by 48 pixels.', 115),
    'bad-image': refusal(400, 'You uploaded an unsupported image.'),
    'remote-image': answer('A transparent PNG with dice, 800 by 600 pixels.', 115),
    ...over,
  };
  const exchanges = Object.entries(bodies).map(([label, b]: [string, any]) =>
    b && 'status' in b ? jsonEx(label, b.body, { status: b.status }) : jsonEx(label, b),
  );
  return { [VISION]: tr(VISION, exchanges) };
}

describe('vision checks', () => {
  it('pass on a model that sees', () => {
    for (const check of checks) expect(check.grade(visionSet(), c).status, check.id).toBe('pass');
    expect(seesImage.grade(visionSet(), c).message).toMatchInlineSnapshot(
      `"the answer names its colour (red): A red picture, 96 by 48 pixels."`,
    );
  });

  it('a model that cannot see (400 while the text control is accepted) is unsupported, one line for every check', () => {
    const t = visionSet({
      image: refusal(400, 'Invalid content type. image_url is only supported by certain models.'),
    });
    expect(imageInput.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "image",
            "probe": "vision.describe",
          },
        },
        "message": "image input is not supported: vision.describe (image) answered 400 (Invalid content type. image_url is only supported by certain models.) while its control vision.describe (text) was accepted",
        "status": "unsupported",
      }
    `);
    for (const check of checks.filter((k) => k !== badImage))
      expect(check.grade(t, c).status, check.id).toBe('unsupported');
  });

  it('a 500 for an image part fails image-input (R27, R28); the others are untestable', () => {
    const t = visionSet({
      image: refusal(500, 'image input is not supported - hint: you may need to provide the mmproj'),
    });
    expect(imageInput.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "image",
            "probe": "vision.describe",
          },
          "seen": 500,
        },
        "message": "an image part must get a completion (or the API's 400 when the model cannot see), got 500: image input is not supported - hint: you may need to provide the mmproj",
        "status": "fail",
      }
    `);
    expect(shapeMust.grade(t, c).status).toBe('untestable');
  });

  it('sees-image: the answer without the image fails; an answer naming nothing of it is inconclusive', () => {
    const same = answer('I cannot see any picture.', 30);
    expect(seesImage.grade(visionSet({ image: same }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "image",
            "probe": "vision.describe",
          },
        },
        "message": "the answer with the image is the answer without it (I cannot see any picture.): the image was ignored",
        "status": "fail",
      }
    `);
    expect(seesImage.grade(visionSet({ image: answer('It is a pleasant picture.', 115) }), c).status).toBe(
      'inconclusive',
    );
    expect(seesImage.grade(visionSet({ image: answer('Colour: RED.', 115) }), c).status).toBe('pass');
  });

  it('image-tokens: an image that costs nothing fails; missing usage is inconclusive', () => {
    expect(imageTokens.grade(visionSet({ image: answer('red', 30) }), c).message).toMatchInlineSnapshot(
      `"the image costs nothing: prompt_tokens is 30 with it and 30 without"`,
    );
    const noUsage = chatCompletion('red') as any;
    delete noUsage.usage;
    expect(imageTokens.grade(visionSet({ image: noUsage }), c).status).toBe('inconclusive');
  });

  it('bad-image: accepted garbage fails; a 500 fails; a refused twin leaves it untestable', () => {
    expect(badImage.grade(visionSet({ 'bad-image': answer('A nice picture.', 40) }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "bad-image",
            "probe": "vision.describe",
          },
          "seen": 200,
        },
        "message": "bytes that are no image must be refused with 400, got 200: {"id":"chatcmpl-abc123","object":"chat.completion","created":1763683200,"model"…",
        "status": "fail",
      }
    `);
    expect(badImage.grade(visionSet({ 'bad-image': refusal(500, 'boom') }), c).status).toBe('fail');
    const twinRefused = visionSet({
      image: refusal(404, 'No fixture matched'),
      'bad-image': refusal(404, 'No fixture matched'),
    });
    expect(badImage.grade(twinRefused, c).status).toBe('untestable');
  });

  it('remote-image-url: refused while the data: URL is accepted warns (R26); a failed download is inconclusive', () => {
    const ollama = refusal(400, 'image URLs are not currently supported, please use base64 encoded data instead');
    expect(remoteImage.level).toBe('SHOULD');
    expect(remoteImage.grade(visionSet({ 'remote-image': ollama }), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "remote-image",
            "probe": "vision.describe",
          },
          "seen": 400,
        },
        "message": "an https image URL must be accepted as the data: URL was, got 400: image URLs are not currently supported, please use base64 encoded data instead",
        "status": "fail",
      }
    `);
    const timeout = refusal(
      400,
      'Timeout while downloading https://upload.wikimedia.org/wikipedia/commons/4/47/PNG_transparency_demonstration_1.png.',
    );
    expect(remoteImage.grade(visionSet({ 'remote-image': timeout }), c).message).toMatchInlineSnapshot(
      `"the target could not fetch https://upload.wikimedia.org/wikipedia/commons/4/47/PNG_transparency_demonstration_1.png (400: Timeout while downloading https://upload.wikimedia.org/wikipedia/commons/4/47/PNG_transparency_demonstration_1.png.): a failed download, not a refusal of URLs. Run where the target can reach upload.wikimedia.org"`,
    );
    expect(remoteImage.grade(visionSet({ 'remote-image': timeout }), c).status).toBe('inconclusive');
    const forbidden = refusal(400, 'Failed to retrieve image: HTTP Error 403: Forbidden');
    expect(remoteImage.grade(visionSet({ 'remote-image': forbidden }), c).status).toBe('inconclusive');
    expect(remoteImage.grade(visionSet({ 'remote-image': refusal(500, 'boom') }), c).status).toBe('fail');
    expect(remoteImage.grade(visionSet({ 'remote-image': refusal(404, 'No fixture matched') }), c).status).toBe(
      'untestable',
    );
    expect(remoteImage.grade(visionSet({ 'remote-image': refusal(429, 'slow down, fetch later') }), c).status).toBe(
      'untestable',
    );
    expect(remoteImage.grade(visionSet(), c).message).toMatchInlineSnapshot(
      `"the https URL was accepted: A transparent PNG with dice, 800 by 600 pixels."`,
    );
  });

  it('probe cost matches its requests', () => {
    expect(probes[0].cost(c)).toBe(visionSet()[VISION].exchanges.length);
  });
});
