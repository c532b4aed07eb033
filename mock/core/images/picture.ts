// The picture the mock "generates": two colours and a stripe pattern, all derived from a seed (the prompt's hash
// and the image's index), as a 1-bit indexed PNG of the requested size. Same prompt, same image. `shown`, the
// share of rows drawn from the top (the rest is background), makes the partial images of a stream.
import { createRng } from '../generate/hash.ts';
import { encodePng, type Rgb } from '../media/png.ts';

export function picture(seed: number, width: number, height: number, shown = 1): Uint8Array {
  const rng = createRng(seed);
  const colour = (): Rgb => [rng.int(256), rng.int(256), rng.int(256)];
  const background = colour();
  const foreground = colour();
  const shift = 3 + rng.int(4); // stripes 8 to 64 pixels wide
  const diagonal = rng.int(2) === 1;
  const rows = Math.ceil(height * shown);
  return encodePng({
    width,
    height,
    palette: [background, foreground],
    bitDepth: 1,
    pixel: (x, y) => (y >= rows ? 0 : diagonal ? ((x + y) >> shift) & 1 : ((x >> shift) ^ (y >> shift)) & 1),
  });
}
