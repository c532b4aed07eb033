// Test helper: embeddings answers as a spec-conformant server gives them (8-dimensional vectors).
import type { Transcript, TranscriptSet } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { chatCompletion, jsonEx, sdkOk, tr } from '../internal/fixtures.ts';
import { BATCH, DIMENSIONS, EMB } from './probes.ts';

export const DIMS = 8;

/** a deterministic unit-ish vector for input i; float32-exact so base64 round trips compare equal */
export function vec(i: number, dims = DIMS): number[] {
  return Array.from({ length: dims }, (_, k) => Math.fround(Math.sin(i * 31 + k + 1) / 2));
}

export function toBase64(v: number[]): string {
  const buf = Buffer.alloc(v.length * 4);
  v.forEach((x, k) => buf.writeFloatLE(x, k * 4));
  return buf.toString('base64');
}

export function list(embeddings: unknown[]) {
  return {
    object: 'list',
    data: embeddings.map((embedding, index) => ({ object: 'embedding', index, embedding })),
    model: 'embed-test',
    usage: { prompt_tokens: 12, total_tokens: 12 },
  };
}

export function embeddingTranscript(over: Record<string, unknown> = {}, sdkValue?: unknown): Transcript {
  const bodies: Record<string, unknown> = {
    single: list([vec(0)]),
    batch: list(BATCH.map((_, i) => vec(i))),
    base64: list(BATCH.map((_, i) => toBase64(vec(i)))),
    dimensions: list([vec(0, DIMENSIONS)]),
    ...over,
  };
  const exchanges = Object.entries(bodies).map(([label, body]) =>
    body && typeof body === 'object' && 'status' in body && 'body' in body
      ? jsonEx(label, (body as any).body, { status: (body as any).status, path: '/embeddings' })
      : jsonEx(label, body, { path: '/embeddings' }),
  );
  return tr(EMB.basic, exchanges, [sdkOk('sdk', sdkValue ?? list(BATCH.map((_, i) => vec(i))))]);
}

/** the embeddings transcript, and the chat control that shows the server answers at all */
export function embSet(over: Record<string, unknown> = {}, sdkValue?: unknown, controlStatus = 200): TranscriptSet {
  return {
    [EMB.basic]: embeddingTranscript(over, sdkValue),
    [CONTROL.probe]: tr(CONTROL.probe, [jsonEx(CONTROL.label, chatCompletion(), { status: controlStatus })]),
  };
}
