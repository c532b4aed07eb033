// The images probe: one generation through the SDK without n (the model's default format: url for dall-e, b64_json
// for the GPT image models), the image fetched when it came as a URL on the target's own host, a size no model
// takes, the same generation with response_format b64_json, and an edit of an uploaded PNG.
import type { Probe, RunContext } from '../../engine/types.ts';
import { toFile } from 'openai';
import type { Source } from '../internal/read.ts';
import { probeEditImage } from '../internal/test-media.ts';

export const IMAGES = 'images.generate';
export const IMAGE_PROMPT = 'A lighthouse on a rocky coast at dusk, flat colours.';
/** the one size every image model takes (dall-e-2, dall-e-3 and the GPT image models) */
export const SIZE = '1024x1024';

export const GENERATE: Source = { probe: IMAGES, label: 'generate' };
export const FETCH: Source = { probe: IMAGES, label: 'fetch-url' };
export const BAD_SIZE: Source = { probe: IMAGES, label: 'bad-size' };
export const B64_FORMAT: Source = { probe: IMAGES, label: 'b64-json' };
export const EDIT: Source = { probe: IMAGES, label: 'edit' };
export const EDIT_FETCH: Source = { probe: IMAGES, label: 'edit-fetch-url' };
export const EDIT_PROMPT = 'Fill the transparent area with a clear blue sky.';

/** the URL to fetch: only one under the target's base URL (the suite sends requests to the target alone) */
export function underBase(url: unknown, baseUrl: string): url is string {
  return typeof url === 'string' && url.startsWith(`${baseUrl}/`);
}

const generate: Probe = {
  id: IMAGES,
  feature: 'images',
  title: `An image generation at ${SIZE} through the SDK (n left to its default), its URL fetched when it has one, a size no model takes, response_format b64_json, an edit of an uploaded PNG`,
  // at most: the fetches are sent only when the answers are URLs on the target's host
  cost: () => 6,
  skip: (ctx: RunContext) => (ctx.imageModel ? undefined : 'no image model: pass --image-model'),
  async run(io) {
    const model = io.ctx.imageModel!;
    // no n: the API defaults it to 1 (R30: one-api refused requests without it)
    const out = await io.sdk(GENERATE.label, (c) => c.images.generate({ model, prompt: IMAGE_PROMPT, size: SIZE }));
    const url = (out.value as { data?: Array<{ url?: unknown }> } | undefined)?.data?.[0]?.url;
    if (underBase(url, io.ctx.baseUrl))
      await io.wire({ label: FETCH.label, method: 'GET', path: url.slice(io.ctx.baseUrl.length), auth: 'none' });
    else if (url !== undefined) io.note(`the image URL is not under the target's base URL, so it was not fetched`);
    await io.wire({
      label: BAD_SIZE.label,
      method: 'POST',
      path: '/images/generations',
      json: { model, prompt: IMAGE_PROMPT, size: '7x7' },
    });
    await io.wire({
      label: B64_FORMAT.label,
      method: 'POST',
      path: '/images/generations',
      json: { model, prompt: IMAGE_PROMPT, size: SIZE, response_format: 'b64_json' },
    });
    // an edit of an uploaded image (multipart), as the SDK sends it; its transparent half is the area to edit
    const edited = await io.sdk(EDIT.label, async (c) =>
      c.images.edit({
        model,
        image: await toFile(probeEditImage(), 'probe.png', { type: 'image/png' }),
        prompt: EDIT_PROMPT,
        size: SIZE,
      }),
    );
    const editUrl = (edited.value as { data?: Array<{ url?: unknown }> } | undefined)?.data?.[0]?.url;
    if (underBase(editUrl, io.ctx.baseUrl))
      await io.wire({
        label: EDIT_FETCH.label,
        method: 'GET',
        path: editUrl.slice(io.ctx.baseUrl.length),
        auth: 'none',
      });
  },
};

export const probes: Probe[] = [generate];
