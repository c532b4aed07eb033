// WAV (RIFF, PCM) both ways: a writer for 16-bit mono PCM and a header reader that gives the duration. The mock's
// speech is a tone pattern derived from a hash, so the same input always sounds the same.

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** the sample bytes present (a data chunk that declares more than the file holds counts what is there) */
  dataBytes: number;
  /** seconds */
  duration: number;
}

export function encodeWav(samples: Int16Array, sampleRate: number): Uint8Array {
  const out = new Uint8Array(44 + samples.length * 2);
  const v = new DataView(out.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < 4; i++) out[at + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  v.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * 2, true); // byte rate
  v.setUint16(32, 2, true); // block align
  v.setUint16(34, 16, true);
  text(36, 'data');
  v.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) v.setInt16(44 + i * 2, samples[i], true);
  return out;
}

/** `seconds` of tones: one per 0.25 s, each pitch from `seed` (a hash), at a quiet amplitude */
export function tonePattern(seed: number, seconds: number, sampleRate: number): Int16Array {
  const samples = new Int16Array(Math.round(seconds * sampleRate));
  const step = Math.round(sampleRate / 4);
  let s = seed >>> 0;
  let freq = 220;
  for (let i = 0; i < samples.length; i++) {
    if (i % step === 0) {
      s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
      freq = 220 + (s % 660);
    }
    samples[i] = Math.round(8000 * Math.sin((2 * Math.PI * freq * i) / sampleRate));
  }
  return samples;
}

export type WavRead = ({ ok: true } & WavInfo) | { ok: false; reason: string };

export function readWavInfo(b: Uint8Array): WavRead {
  if (b.length < 12 || tag(b, 0) !== 'RIFF' || tag(b, 8) !== 'WAVE')
    return { ok: false, reason: 'not a WAV file (no RIFF/WAVE header)' };
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let fmt: Omit<WavInfo, 'dataBytes' | 'duration'> | undefined;
  for (let i = 12; i + 8 <= b.length;) {
    const id = tag(b, i);
    const size = v.getUint32(i + 4, true);
    if (id === 'fmt ') {
      if (i + 24 > b.length || size < 16) return { ok: false, reason: 'a WAV cut inside its fmt chunk' };
      fmt = {
        channels: v.getUint16(i + 10, true),
        sampleRate: v.getUint32(i + 12, true),
        bitsPerSample: v.getUint16(i + 22, true),
      };
      if (fmt.channels < 1 || fmt.sampleRate < 1 || fmt.bitsPerSample < 1)
        return {
          ok: false,
          reason: `a WAV fmt chunk with ${fmt.channels} channels, ${fmt.sampleRate} Hz, ${fmt.bitsPerSample} bits`,
        };
    } else if (id === 'data') {
      if (!fmt) return { ok: false, reason: 'a WAV whose data chunk comes before its fmt chunk' };
      const dataBytes = Math.min(size, b.length - (i + 8));
      const perSecond = fmt.sampleRate * fmt.channels * Math.ceil(fmt.bitsPerSample / 8);
      return { ok: true, ...fmt, dataBytes, duration: dataBytes / perSecond };
    }
    i += 8 + size + (size & 1); // chunks are padded to even sizes
  }
  return { ok: false, reason: fmt ? 'a WAV without a data chunk' : 'a WAV without a fmt chunk' };
}

function tag(b: Uint8Array, at: number): string {
  return String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);
}
