// url answers: the picture is not stored; its URL carries the seed and size, and GET on it draws it again. Like
// OpenAI's signed URLs, it needs no API key.
import { picture } from './picture.ts';

const PATH = /^\/v1\/images\/generated\/(\d{1,5})x(\d{1,5})\/([0-9a-f]{1,14})\.png$/;
const MAX_SIDE = 4096;

/** `base`: where the client reaches /v1 (MockRequest.baseUrl) */
export function imageUrl(base: string, seed: number, width: number, height: number): string {
  return `${base}/images/generated/${width}x${height}/${seed.toString(16)}.png`;
}

/** true when `path` is an image URL's path (the route serves it) */
export function isImagePath(path: string): boolean {
  return PATH.test(path);
}

/** the PNG at `path`, or undefined when the path is not one the mock hands out */
export function imageAt(path: string): Uint8Array | undefined {
  const m = PATH.exec(path);
  if (!m) return undefined;
  const [width, height] = [Number(m[1]), Number(m[2])];
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return undefined;
  return picture(parseInt(m[3], 16), width, height);
}

/** where the client reaches /v1: as the adapter saw it, else from the Host header */
export function baseOf(req: { baseUrl?: string; headers: Record<string, string> }): string {
  return req.baseUrl ?? `http://${req.headers.host ?? '127.0.0.1'}/v1`;
}
