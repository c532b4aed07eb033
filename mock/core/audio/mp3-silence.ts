// MP3 without an encoder: MPEG-1 Layer III frames whose side information and main data are all zero decode as
// silence (every granule has part2_3_length 0). 128 kbit/s, 44.1 kHz, mono: 417 bytes per 1152-sample frame.
// Players and probes (ffprobe, browsers) accept it and report the right duration.

const HEADER = [0xff, 0xfb, 0x90, 0xc4]; // sync, MPEG-1 Layer III no CRC; 128 kbit/s, 44.1 kHz, no padding; mono
const FRAME_BYTES = 417; // 144 * 128000 / 44100, rounded down
const FRAME_SECONDS = 1152 / 44_100;

export function silentMp3(seconds: number): Uint8Array {
  const frames = Math.max(1, Math.round(seconds / FRAME_SECONDS));
  const out = new Uint8Array(frames * FRAME_BYTES);
  for (let f = 0; f < frames; f++) out.set(HEADER, f * FRAME_BYTES);
  return out;
}
