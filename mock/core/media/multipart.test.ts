import { describe, expect, it } from 'vitest';
import { boundaryOf, fieldText, fieldTexts, MAX_PARTS, readMultipart } from './multipart.ts';

/** what a real client sends: FormData encoded by the Fetch API */
async function encoded(form: FormData) {
  const req = new Request('http://x/', { method: 'POST', body: form });
  return { type: req.headers.get('content-type')!, body: new Uint8Array(await req.arrayBuffer()) };
}

describe('multipart', () => {
  it('reads fields and a binary file as the Fetch API encodes them', async () => {
    const form = new FormData();
    const file = Uint8Array.from({ length: 300 }, (_, i) => i & 255); // every byte value, CR and LF included
    form.append('model', 'whisper-1');
    form.append('file', new Blob([file], { type: 'audio/wav' }), 'note.wav');
    form.append('timestamp_granularities[]', 'word');
    form.append('timestamp_granularities[]', 'segment');
    const { type, body } = await encoded(form);
    const boundary = boundaryOf(type)!;
    const read = readMultipart(body, boundary);
    if (!read.ok) throw new Error(read.reason);
    expect(fieldText(read.parts, 'model')).toBe('whisper-1');
    expect(fieldTexts(read.parts, 'timestamp_granularities')).toEqual(['word', 'segment']);
    const part = read.parts.find((p) => p.name === 'file')!;
    expect(part).toMatchObject({ filename: 'note.wav', contentType: 'audio/wav' });
    expect(part.data).toEqual(file);
  });

  it('finds the boundary only in a multipart/form-data type, quoted or not', () => {
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(boundaryOf('multipart/form-data;boundary=xyz')).toBe('xyz');
    expect(boundaryOf('application/json')).toBeUndefined();
    expect(boundaryOf('multipart/form-data')).toBeUndefined();
  });

  it('says what is wrong with a broken body', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    const reasons = [
      readMultipart(text('no boundary here'), 'B'),
      readMultipart(text('--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue'), 'B'),
      readMultipart(text('--B\r\nContent-Disposition: form-data; name="a"'), 'B'),
      readMultipart(text('--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--'), 'B'),
      readMultipart(text('--Bxx'), 'B'),
      readMultipart(
        text(`${'--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n'.repeat(MAX_PARTS + 1)}--B--`),
        'B',
      ),
    ];
    expect(reasons).toMatchInlineSnapshot(`
      [
        {
          "ok": false,
          "reason": "no part starts with the boundary "B"",
        },
        {
          "ok": false,
          "reason": "the body ends before the closing boundary",
        },
        {
          "ok": false,
          "reason": "a part without the blank line that ends its headers",
        },
        {
          "ok": false,
          "reason": "a part without Content-Disposition: form-data",
        },
        {
          "ok": false,
          "reason": "a boundary line not ended by CRLF",
        },
        {
          "ok": false,
          "reason": "more than 100 parts",
        },
      ]
    `);
  });
});
