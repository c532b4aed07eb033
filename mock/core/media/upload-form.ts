// The multipart form of an upload endpoint (audio transcriptions and translations, image edits), read once: its
// text fields become the request body the generic handler validates and quirks rewrite (`name[]` fields, as SDKs
// send arrays, become arrays under `name`); its files wait for the generator, keyed by the request.
import type { RequestContext } from '../context.ts';
import { errors } from '../errors.ts';
import type { MockDraft } from '../types.ts';
import { boundaryOf, fieldText, readMultipart, type FormPart } from './multipart.ts';

export interface UploadForm {
  /** the parts that carry a file, in order */
  files: FormPart[];
  fields: Record<string, string | string[]>;
}

export function formOf(parts: readonly FormPart[]): UploadForm {
  const fields: Record<string, string | string[]> = {};
  for (const p of parts) {
    if (p.filename !== undefined) continue;
    const name = p.name.replace(/\[\]$/, '');
    const value = fieldText([p], p.name)!;
    if (p.name.endsWith('[]')) fields[name] = [...[fields[name] ?? []].flat(), value];
    else fields[name] ??= value;
  }
  return { files: parts.filter((p) => p.filename !== undefined), fields };
}

/** the files of a request whose form was read, for its generator (bodies stay plain JSON for journal and quirks) */
const FILES = new WeakMap<RequestContext, FormPart[]>();

/**
 * Reads the request's form: the fields become `ctx.parsed`, the files are kept for `filesOf(ctx)`; a body that is
 * not a form is the API's 400, naming the file part the endpoint wants (`file`: "a 'file' part").
 */
export function readUploadForm(
  ctx: RequestContext,
  file: string,
): { ok: true; form: UploadForm } | { ok: false; error: MockDraft } {
  const boundary = boundaryOf(ctx.req.headers['content-type']);
  if (!boundary || !ctx.req.raw)
    return {
      ok: false,
      error: errors.invalidBody(
        `This endpoint takes multipart/form-data (${file} and the other fields), not JSON.`,
        null,
        'invalid_content_type',
      ),
    };
  const read = readMultipart(ctx.req.raw, boundary);
  if (!read.ok)
    return {
      ok: false,
      error: errors.invalidBody(`Could not parse the multipart form: ${read.reason}.`, null, 'invalid_multipart'),
    };
  const form = formOf(read.parts);
  FILES.set(ctx, form.files);
  ctx.parsed = { ok: true, value: form.fields };
  return { ok: true, form };
}

export function filesOf(ctx: RequestContext, name?: string): FormPart[] {
  const files = FILES.get(ctx) ?? [];
  return name === undefined ? files : files.filter((f) => f.name === name || f.name === `${name}[]`);
}
