// multipart/form-data (RFC 7578) read from bytes the adapter already bounded: parts are views into the body, never
// copies, and the part count is capped, so a hostile upload costs no more memory than its size. Runtime-free (the
// node adapter has no Request.formData(), and the core must run in browsers under MSW too).

export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Uint8Array;
}

export type FormRead = { ok: true; parts: FormPart[] } | { ok: false; reason: string };

export const MAX_PARTS = 100;
const decoder = new TextDecoder();

/** the boundary of a multipart/form-data content type, or undefined when it is not one */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^\s*multipart\/form-data\s*;/i.test(contentType)) return undefined;
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : undefined;
}

export function readMultipart(body: Uint8Array, boundary: string): FormRead {
  const delimiter = bytesOf(`--${boundary}`);
  let at = find(body, delimiter, 0);
  if (at < 0) return { ok: false, reason: `no part starts with the boundary "${boundary}"` };
  const parts: FormPart[] = [];
  for (;;) {
    at += delimiter.length;
    if (body[at] === 45 && body[at + 1] === 45) return { ok: true, parts }; // "--": the closing delimiter
    if (body[at] !== 13 || body[at + 1] !== 10) return { ok: false, reason: 'a boundary line not ended by CRLF' };
    const headEnd = find(body, HEAD_END, at + 2);
    if (headEnd < 0) return { ok: false, reason: 'a part without the blank line that ends its headers' };
    const head = parseHeaders(decoder.decode(body.subarray(at + 2, headEnd)));
    if (!head.ok) return head;
    const next = find(body, bytesOf(`\r\n--${boundary}`), headEnd + 4);
    if (next < 0) return { ok: false, reason: 'the body ends before the closing boundary' };
    if (parts.length === MAX_PARTS) return { ok: false, reason: `more than ${MAX_PARTS} parts` };
    parts.push({ ...head.part, data: body.subarray(headEnd + 4, next) });
    at = next + 2;
  }
}

/** the text of the first part named `name`, for the form's plain fields */
export function fieldText(parts: readonly FormPart[], name: string): string | undefined {
  const part = parts.find((p) => p.name === name && p.filename === undefined);
  return part ? decoder.decode(part.data) : undefined;
}

/** every text value given for `name` (repeated fields and the `name[]` spelling SDKs use for arrays) */
export function fieldTexts(parts: readonly FormPart[], name: string): string[] {
  return parts
    .filter((p) => (p.name === name || p.name === `${name}[]`) && p.filename === undefined)
    .map((p) => decoder.decode(p.data));
}

const HEAD_END = bytesOf('\r\n\r\n');

function parseHeaders(text: string): { ok: true; part: Omit<FormPart, 'data'> } | { ok: false; reason: string } {
  let disposition: string | undefined;
  let contentType: string | undefined;
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'content-disposition') disposition = value;
    else if (key === 'content-type') contentType = value;
  }
  if (!disposition || !/^form-data\b/i.test(disposition))
    return { ok: false, reason: 'a part without Content-Disposition: form-data' };
  const name = param(disposition, 'name');
  if (name === undefined) return { ok: false, reason: 'a part without a name' };
  const filename = param(disposition, 'filename');
  return {
    ok: true,
    part: { name, ...(filename !== undefined ? { filename } : {}), ...(contentType ? { contentType } : {}) },
  };
}

function param(header: string, key: string): string | undefined {
  const m = new RegExp(`;\\s*${key}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i').exec(header);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
}

function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** the index of `needle` in `hay` from `from`, or -1 */
function find(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first, from); i >= 0 && i <= last; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}
