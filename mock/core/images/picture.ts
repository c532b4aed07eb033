// The picture the mock "generates": two colours and a stripe pattern, all derived from a seed (the prompt's hash
// and the image's index), as a 1-bit indexed PNG of the requested size. Same prompt, same image.
import { createRng } from '../generate/hash.ts';
import { encodePng, type Rgb } from '../media/png.ts';

export function picture(seed: number, width: number, height: number): Uint8Array {
  const rng = createRng(seed);
  const colour = (): Rgb => [rng.int(256), rng.int(256), rng.int(256)];
  const background = colour();
  const foreground = colour();
  const shift = 3 + rng.int(4); // stripes 8 to 64 pixels wide
  const diagonal = rng.int(2) === 1;
  return encodePng({
    width,
    height,
    palette: [background, foreground],
    bitDepth: 1,
    pixel: diagonal ? (x, y) => ((x + y) >> shift) & 1 : (x, y) => ((x >> shift) ^ (y >> shift)) & 1,
  });
}
