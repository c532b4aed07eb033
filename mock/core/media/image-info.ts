// What an image's header says: its format and size, read from the first bytes only (nothing is decoded, and a
// size declared in a header is a number, never an allocation). The four formats the vision API takes.

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp';

export const IMAGE_MIME: Record<ImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

export type ImageInfo =
  { ok: true; format: ImageFormat; width: number; height: number; animated?: boolean } | { ok: false; reason: string };

const fail = (reason: string): ImageInfo => ({ ok: false, reason });

export function readImageInfo(b: Uint8Array): ImageInfo {
  if (startsWith(b, [137, 80, 78, 71, 13, 10, 26, 10])) return png(b);
  if (startsWith(b, [0xff, 0xd8, 0xff])) return jpeg(b);
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return gif(b);
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webp(b);
  return fail('not a PNG, JPEG, GIF or WebP file (unknown signature)');
}

function png(b: Uint8Array): ImageInfo {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return fail('a PNG cut before its IHDR chunk');
  return sized('png', u32be(b, 16), u32be(b, 20));
}

/** JPEG: walk the segments to the first start-of-frame marker, which holds the size */
function jpeg(b: Uint8Array): ImageInfo {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return fail(`a JPEG with a broken segment at byte ${i}`);
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2; // markers without a length
      continue;
    }
    const length = (b[i + 2] << 8) | b[i + 3];
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (i + 9 > b.length) return fail('a JPEG cut inside its frame header');
      return sized('jpeg', (b[i + 7] << 8) | b[i + 8], (b[i + 5] << 8) | b[i + 6]);
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, or scan data before any frame header
    if (length < 2) return fail(`a JPEG segment with length ${length}`);
    i += 2 + length;
  }
  return fail('a JPEG without a frame header (SOF) in its first bytes');
}

/** GIF: the logical screen size; frames counted so animated GIFs (which the API refuses) can be told apart */
function gif(b: Uint8Array): ImageInfo {
  if (b.length < 13) return fail('a GIF cut before its screen descriptor');
  const width = b[6] | (b[7] << 8);
  const height = b[8] | (b[9] << 8);
  let i = 13 + (b[10] & 0x80 ? 3 * 2 ** ((b[10] & 7) + 1) : 0);
  let frames = 0;
  while (i < b.length && frames < 2) {
    const kind = b[i];
    if (kind === 0x3b) break; // trailer
    if (kind === 0x21) i = subBlocks(b, i + 2);
    else if (kind === 0x2c) {
      if (i + 10 > b.length) break;
      frames++;
      const packed = b[i + 9];
      i += 10 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
      i = subBlocks(b, i + 1); // after the LZW minimum code size
    } else return fail(`a GIF with an unknown block 0x${kind.toString(16)} at byte ${i}`);
  }
  const info = sized('gif', width, height);
  return info.ok ? { ...info, animated: frames > 1 } : info;
}

function subBlocks(b: Uint8Array, i: number): number {
  while (i < b.length && b[i] !== 0) i += b[i] + 1;
  return i + 1;
}

function webp(b: Uint8Array): ImageInfo {
  const kind = ascii(b, 12, 4);
  if (kind === 'VP8 ') {
    if (b.length < 30 || b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a)
      return fail('a lossy WebP cut or without its start code');
    return sized('webp', (b[26] | (b[27] << 8)) & 0x3fff, (b[28] | (b[29] << 8)) & 0x3fff);
  }
  if (kind === 'VP8L') {
    if (b.length < 25 || b[20] !== 0x2f) return fail('a lossless WebP cut or without its signature byte');
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
    return sized('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (kind === 'VP8X') {
    if (b.length < 30) return fail('an extended WebP cut before its canvas size');
    return sized('webp', 1 + (b[24] | (b[25] << 8) | (b[26] << 16)), 1 + (b[27] | (b[28] << 8) | (b[29] << 16)));
  }
  return fail(`a WebP with an unknown first chunk ${JSON.stringify(kind)}`);
}

function sized(format: ImageFormat, width: number, height: number): ImageInfo {
  if (width < 1 || height < 1) return fail(`a ${format.toUpperCase()} header that declares ${width}×${height} pixels`);
  return { ok: true, format, width, height };
}

function startsWith(b: Uint8Array, magic: number[]): boolean {
  return b.length >= magic.length && magic.every((v, i) => b[i] === v);
}

function ascii(b: Uint8Array, at: number, n: number): string {
  let s = '';
  for (let i = at; i < at + n && i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function u32be(b: Uint8Array, at: number): number {
  return ((b[at] << 24) >>> 0) + ((b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]);
}
