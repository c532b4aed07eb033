// Tiny but well-formed payloads for content parts: real endpoints decode them, so random base64 would be a 400.
import fc from 'fast-check';

/** a 1×1 transparent PNG */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** 10 ms of 8 kHz mono 16-bit silence as WAV */
export const WAV_BASE64 = (() => {
  const samples = 80;
  const b = Buffer.alloc(44 + samples * 2);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + samples * 2, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20); // PCM
  b.writeUInt16LE(1, 22); // mono
  b.writeUInt32LE(8000, 24);
  b.writeUInt32LE(16000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36);
  b.writeUInt32LE(samples * 2, 40);
  return b.toString('base64');
})();

/** a one-page PDF saying "Hello" */
export const PDF_DATA_URL = (() => {
  const content = 'BT /F1 18 Tf 20 40 Td (Hello) Tj ET';
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return `data:application/pdf;base64,${Buffer.from(body, 'latin1').toString('base64')}`;
})();

const propName = fc.stringMatching(/^[a-z][a-z_]{0,9}$/);

/** Small JSON Schemas as tools and structured outputs use them: nested objects and arrays, strict-mode compliant
 * (every object closed and fully required), so `strict: true` on any of them is a request the API accepts. */
export const jsonSchemaObject: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{
  node: unknown;
  object: Record<string, unknown>;
}>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constantFrom(
      { type: 'string' },
      { type: 'integer' },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'string', enum: ['a', 'b', 'c'] },
    ),
    tie('object'),
    tie('node').map((items) => ({ type: 'array', items })),
  ),
  object: fc.dictionary(propName, tie('node'), { minKeys: 1, maxKeys: 3, noNullPrototype: true }).map((properties) => ({
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  })),
})).object;

/** Tool-call arguments as the API sends them: a JSON object serialised to a string. */
export const argumentsJson = fc
  .dictionary(propName, fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -99, max: 99 }), fc.boolean()), {
    maxKeys: 3,
    noNullPrototype: true,
  })
  .map((o) => JSON.stringify(o));
