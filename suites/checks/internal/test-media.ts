// The media probes send, built in code (nothing binary is committed): a solid-colour PNG the vision probe asks
// about, and a WAV of tones for the transcription probe.
import { encodeBase64 } from '../../../mock/core/media/base64.ts';
import { encodePng, encodeRgbaPng } from '../../../mock/core/media/png.ts';
import { encodeWav, tonePattern } from '../../../mock/core/media/wav.ts';

/** the vision probe's image: solid red, wider than tall, so both its colour and its size can be named */
export const PROBE_IMAGE = { colour: 'red', width: 96, height: 48 } as const;

export function probeImageDataUrl(): string {
  const png = encodePng({ ...PROBE_IMAGE, palette: [[220, 20, 20]], bitDepth: 1, pixel: () => 0 });
  return `data:image/png;base64,${encodeBase64(png)}`;
}

/** the images probe's edit input: a square RGBA PNG, its top half transparent (the area to edit), 256×256 */
export function probeEditImage(): Uint8Array<ArrayBuffer> {
  return encodeRgbaPng(256, 256, (_x, y) => (y < 128 ? [0, 0, 0, 0] : [30, 90, 200, 255])) as Uint8Array<ArrayBuffer>;
}

/** bytes that are no image and no audio, sent where the API wants one */
export const NOT_MEDIA = new TextEncoder().encode('This is plain text, not an image or a sound file.\n');

export const PROBE_AUDIO_SECONDS = 3;

export function probeWav(): Uint8Array<ArrayBuffer> {
  return encodeWav(tonePattern(1234, PROBE_AUDIO_SECONDS, 16_000), 16_000) as Uint8Array<ArrayBuffer>;
}
