// encoding_format "base64": little-endian float32, the same vector as the float form. openai-node asks for it
// by default and decodes it blindly, so a server that ignores it hands apps corrupted vectors (B40).
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { show, transcriptOf } from '../internal/read.ts';
import { sdk, spec } from '../internal/sources.ts';
import { PROBES } from './batch.ts';
import { EMB } from './probes.ts';
import { floatVectors } from './responses.ts';
import { cosine, decodeFloat32, isFloatVector, SAME } from './vectors.ts';

/** compare vectors with the float batch; a message for the first mismatch */
function compare(got: number[][], want: number[][], what: string): string | undefined {
  if (got.length !== want.length) return `${what} gave ${got.length} vectors for ${want.length} inputs`;
  for (let i = 0; i < want.length; i++) {
    if (got[i].length !== want[i].length)
      return `${what}: vector ${i} has ${got[i].length} values, the float form has ${want[i].length}${got[i].length * 4 === want[i].length ? ' (a quarter: float arrays decoded as base64 bytes)' : ''}`;
    const c = cosine(got[i], want[i]);
    if (c < SAME)
      return `${what}: vector ${i} differs from the float form (cosine ${c.toFixed(4)}${got[i].every((x) => x === 0) ? ', all zeros' : ''})`;
  }
  return undefined;
}

function floatBatch(t: TranscriptSet): { ok: true; vectors: number[][] } | { ok: false; grade: Grade } {
  const r = floatVectors(t, 'batch');
  if (!r.ok) return r;
  if (!r.vectors.every(isFloatVector))
    return {
      ok: false,
      grade: {
        status: 'untestable',
        message: 'the float batch has no number arrays (see embeddings.equal-length)',
        prerequisite: EMB.basic,
      },
    };
  return { ok: true, vectors: r.vectors as number[][] };
}

export const base64: Check = {
  id: 'embeddings.base64',
  title: 'encoding_format "base64" returns little-endian float32 equal to the float form',
  feature: 'embeddings',
  level: 'MUST',
  source: spec('CreateEmbeddingRequest.encoding_format ("float" or "base64")'),
  breaks: ['openai-python and openai-node callers that ask for base64 to save bandwidth'],
  divergences: [35, 40],
  probes: PROBES,
  grade(t) {
    const want = floatBatch(t);
    if (!want.ok) return want.grade;
    const r = floatVectors(t, 'base64');
    if (!r.ok) return r.grade;
    const exchange = { probe: EMB.basic, label: 'base64' };
    const raw = r.vectors;
    const notString = raw.findIndex((v) => typeof v !== 'string');
    if (notString >= 0)
      return {
        status: 'fail',
        message: `encoding_format "base64" must give base64 strings, got ${Array.isArray(raw[notString]) ? 'a float array (the option was ignored)' : show(raw[notString], 40)} at data[${notString}]`,
        details: { exchange, seen: typeof raw[notString] },
      };
    const decoded = raw.map((v) => decodeFloat32(v as string));
    const bad = decoded.findIndex((d) => typeof d === 'string');
    if (bad >= 0)
      return {
        status: 'fail',
        message: `data[${bad}].embedding must be base64 of float32 values: ${decoded[bad]}`,
        details: { exchange },
      };
    const m = compare(decoded as number[][], want.vectors, 'the base64 form');
    if (m) return { status: 'fail', message: m, details: { exchange } };
    return { status: 'pass', message: `${decoded.length} base64 vectors decode to the float form` };
  },
};

export const sdkDefault: Check = {
  id: 'embeddings.sdk-default',
  title: 'openai-node embeddings.create() without encoding_format gets the right vectors',
  feature: 'embeddings',
  level: 'MUST',
  source: sdk(
    'src/resources/embeddings.ts',
    'asks for base64 when the caller gives no encoding_format, then decodes it as float32',
  ),
  breaks: [
    'every openai-node app that embeds text: vectors of a quarter of the length, or zeros, stored without any error',
  ],
  divergences: [40],
  probes: PROBES,
  grade(t) {
    const want = floatBatch(t);
    if (!want.ok) return want.grade;
    const tr = transcriptOf(t, EMB.basic);
    if (!tr.ok) return tr.grade;
    const o = tr.value.sdk.find((s) => s.label === 'sdk');
    if (!o) return { status: 'untestable', message: `${EMB.basic} recorded no SDK call`, prerequisite: EMB.basic };
    const exchange = { probe: EMB.basic, label: 'sdk' };
    if (!o.ok)
      return {
        status: 'fail',
        message: `embeddings.create() must succeed, but ${o.sdkVersion} threw ${o.error?.class}: ${o.error?.message}`,
        details: { exchange, seen: o.error },
      };
    const data = (o.value as any)?.data;
    const got = Array.isArray(data) ? data.map((d: any) => d?.embedding) : [];
    if (!got.every(isFloatVector))
      return {
        status: 'fail',
        message: `embeddings.create() must give number arrays, got ${show(got[0], 40)}`,
        details: { exchange },
      };
    const m = compare(got, want.vectors, `${o.sdkVersion} default path`);
    if (m) return { status: 'fail', message: m, details: { exchange } };
    return { status: 'pass', message: `${got.length} SDK vectors equal the float form` };
  },
};
