// The vision probe: one question asked without an image (the control), with the probe image, with bytes that are
// no image, and with a remote https image URL. The question names neither the colour nor the size, so an answer
// that does saw the image.
import type { Probe } from '../../engine/types.ts';
import type { Source } from '../internal/read.ts';
import { NOT_MEDIA, probeImageDataUrl } from '../internal/test-media.ts';
import { encodeBase64 } from '../../../mock/core/media/base64.ts';

export const VISION = 'vision.describe';
export const QUESTION =
  'What colour is this picture, and what are its width and height in pixels? Answer in one sentence.';

export const TEXT: Source = { probe: VISION, label: 'text' };
export const IMAGE: Source = { probe: VISION, label: 'image' };
export const BAD_IMAGE: Source = { probe: VISION, label: 'bad-image' };
export const REMOTE: Source = { probe: VISION, label: 'remote-image' };
/**
 * A public PNG every provider that fetches URLs can reach (Wikimedia Commons, stable for over a decade). The suite
 * itself never fetches it; its bytes are not bundled, so the data: URL control is the probe PNG, not this file.
 */
export const REMOTE_IMAGE_URL =
  'https://upload.wikimedia.org/wikipedia/commons/4/47/PNG_transparency_demonstration_1.png';

const post = (label: string, json: unknown) => ({ label, method: 'POST' as const, path: '/chat/completions', json });
const withImage = (model: string, url: string) => ({
  model,
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text: QUESTION },
        { type: 'image_url', image_url: { url, detail: 'low' } },
      ],
    },
  ],
});

const describe: Probe = {
  id: VISION,
  feature: 'vision',
  title:
    'A question about an image: without it (control), with a PNG built in code, with bytes that are no image, with an https image URL',
  cost: () => 4,
  async run(io) {
    const model = io.ctx.model;
    await io.wire(post(TEXT.label, { model, messages: [{ role: 'user', content: QUESTION }] }));
    await io.wire(post(IMAGE.label, withImage(model, probeImageDataUrl())));
    await io.wire(post(BAD_IMAGE.label, withImage(model, `data:image/png;base64,${encodeBase64(NOT_MEDIA)}`)));
    await io.wire(post(REMOTE.label, withImage(model, REMOTE_IMAGE_URL)));
  },
};

export const probes: Probe[] = [describe];
