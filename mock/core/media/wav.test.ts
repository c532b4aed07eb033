import { describe, expect, it } from 'vitest';
import { encodeWav, readWavInfo, tonePattern } from './wav.ts';

describe('wav', () => {
  it('writes a PCM WAV whose header reads back to its duration', () => {
    const wav = encodeWav(tonePattern(42, 1.5, 8000), 8000);
    expect(wav.length).toBe(44 + 1.5 * 8000 * 2);
    expect(readWavInfo(wav)).toEqual({
      ok: true,
      sampleRate: 8000,
      channels: 1,
      bitsPerSample: 16,
      dataBytes: 24000,
      duration: 1.5,
    });
  });

  it('the tone pattern is a function of its seed', () => {
    expect(tonePattern(7, 0.5, 8000)).toEqual(tonePattern(7, 0.5, 8000));
    expect(tonePattern(7, 0.5, 8000)).not.toEqual(tonePattern(8, 0.5, 8000));
  });

  it('skips unknown chunks, and counts only the bytes present when the data chunk declares more', () => {
    const wav = encodeWav(new Int16Array(800), 8000);
    const list = Uint8Array.from([...'LIST'].map((c) => c.charCodeAt(0)).concat([3, 0, 0, 0, 1, 2, 3, 0]));
    const withList = new Uint8Array([...wav.subarray(0, 36), ...list, ...wav.subarray(36)]);
    expect(readWavInfo(withList)).toMatchObject({ ok: true, duration: 0.1 });
    const huge = wav.slice();
    new DataView(huge.buffer).setUint32(40, 0xffffffff, true); // a streaming writer's "unknown length"
    expect(readWavInfo(huge)).toMatchObject({ ok: true, dataBytes: 1600, duration: 0.1 });
  });

  it('says why a file is not a readable WAV', () => {
    const wav = encodeWav(new Int16Array(10), 8000);
    const noData = wav.slice(0, 36);
    const zeroRate = wav.slice();
    new DataView(zeroRate.buffer).setUint32(24, 0, true);
    const reasons = [new TextEncoder().encode('ID3 not a wav'), wav.subarray(0, 30), noData, zeroRate].map(readWavInfo);
    expect(reasons).toMatchInlineSnapshot(`
      [
        {
          "ok": false,
          "reason": "not a WAV file (no RIFF/WAVE header)",
        },
        {
          "ok": false,
          "reason": "a WAV cut inside its fmt chunk",
        },
        {
          "ok": false,
          "reason": "a WAV without a data chunk",
        },
        {
          "ok": false,
          "reason": "a WAV fmt chunk with 1 channels, 0 Hz, 16 bits",
        },
      ]
    `);
  });
});
