// url answers: the picture is not stored; its URL carries the seed and size, and GET on it draws it again. Like
// OpenAI's signed URLs it needs no API key, and like them it only works for images handed out: the mock keeps the
// last URLs it issued (bounded), so a stranger cannot make a keyed mock draw pictures of their choosing.
import { picture } from './picture.ts';

/** the newest image URLs handed out, oldest dropped first; a URL older than that is gone, as OpenAI's expire */
export class IssuedImages {
  #paths = new Set<string>();
  constructor(readonly limit = 1000) {}
  add(path: string): void {
    this.#paths.delete(path); // re-issued: newest again
    this.#paths.add(path);
    if (this.#paths.size > this.limit) this.#paths.delete(this.#paths.values().next().value!);
  }
  has(path: string): boolean {
    return this.#paths.has(path);
  }
  clear(): void {
    this.#paths.clear();
  }
}

const PATH = /^\/v1\/images\/generated\/(\d{1,5})x(\d{1,5})\/([0-9a-f]{1,14})\.png$/;
const MAX_SIDE = 4096;

/** `base`: where the client reaches /v1 (MockRequest.baseUrl) */
export function imageUrl(base: string, seed: number, width: number, height: number, issued: IssuedImages): string {
  const url = `${base}/images/generated/${width}x${height}/${seed.toString(16)}.png`;
  issued.add(`/v1/images/generated/${width}x${height}/${seed.toString(16)}.png`);
  return url;
}

/** true when `path` is an image URL's path (the route serves it) */
export function isImagePath(path: string): boolean {
  return PATH.test(path);
}

/** the PNG at `path`, or undefined when the path is not one the mock handed out */
export function imageAt(path: string, issued: IssuedImages): Uint8Array | undefined {
  const m = PATH.exec(path);
  if (!m || !issued.has(path)) return undefined;
  const [width, height] = [Number(m[1]), Number(m[2])];
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return undefined;
  return picture(parseInt(m[3], 16), width, height);
}

/** where the client reaches /v1: as the adapter saw it, else from the Host header */
export function baseOf(req: { baseUrl?: string; headers: Record<string, string> }): string {
  return req.baseUrl ?? `http://${req.headers.host ?? '127.0.0.1'}/v1`;
}
