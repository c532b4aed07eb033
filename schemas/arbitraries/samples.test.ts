import { describe, expect, it } from 'vitest';
import { PDF_DATA_URL, PNG_DATA_URL, WAV_BASE64 } from './samples.ts';

const bytesOf = (dataUrlOrBase64: string) => Buffer.from(dataUrlOrBase64.replace(/^data:[^,]*,/, ''), 'base64');

describe('sample payloads are well-formed files', () => {
  it('PNG: signature and a 1×1 IHDR', () => {
    const b = bytesOf(PNG_DATA_URL);
    expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([b.readUInt32BE(16), b.readUInt32BE(20)]).toEqual([1, 1]);
  });

  it('WAV: RIFF sizes match the data', () => {
    const b = bytesOf(WAV_BASE64);
    expect(b.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(b.readUInt32LE(4)).toBe(b.length - 8);
    expect(b.readUInt32LE(40)).toBe(b.length - 44);
  });

  it('PDF: the xref offsets point at their objects', () => {
    const text = bytesOf(PDF_DATA_URL).toString('latin1');
    const xref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((o, i) => expect(text.slice(o, o + 7)).toBe(`${i + 1} 0 obj`));
  });
});
