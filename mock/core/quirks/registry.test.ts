import { describe, expect, it } from 'vitest';
import {
  QUIRK_DEFS,
  QUIRK_NAMES,
  rewriteRequest,
  transformChunks,
  transformError,
  transformFrames,
  transformHeaders,
  transformResponse,
} from './index.ts';
import { apiErrorBody, chatCompletion, collect, framesOf, textStream, toolStream } from './internal/fixtures.ts';
import type { JsonObject, QuirkDef, QuirkSet } from './types.ts';

const DEFS: readonly QuirkDef[] = QUIRK_DEFS;

const STAGES = ['reject', 'request', 'response', 'render', 'chunks', 'frames', 'error', 'headers'] as const;

describe('the quirk registry', () => {
  it('names each quirk once, in kebab-case, with a one-line description', () => {
    expect(new Set(QUIRK_NAMES).size).toBe(QUIRK_DEFS.length);
    for (const d of DEFS) {
      expect(d.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(d.description.length, d.name).toBeGreaterThan(10);
      expect(d.description, d.name).not.toMatch(/\n|\[\d/); // Part B numbers live in partB, not in the text
    }
  });
  it('gives each quirk a stage, a source and Part B entries that exist (1–43)', () => {
    for (const d of DEFS) {
      expect(
        STAGES.some((s) => d[s] !== undefined),
        d.name,
      ).toBe(true);
      expect(d.source.length, d.name).toBeGreaterThan(10);
      expect(
        d.partB.every((n) => Number.isInteger(n) && n >= 1 && n <= 43),
        d.name,
      ).toBe(true);
    }
  });
});

describe('the stage functions', () => {
  const none: QuirkSet = new Set();
  const all: QuirkSet = new Set(QUIRK_NAMES);

  it('return their input itself when no quirk is on', async () => {
    const body = chatCompletion();
    const chunks = textStream();
    const headers = { 'x-request-id': 'req_1' };
    expect(rewriteRequest(none, 'chat', body)).toBe(body);
    expect(transformResponse(none, 'chat', body)).toBe(body);
    expect(transformChunks(none, 'chat', chunks)).toBe(chunks);
    expect(transformHeaders(none, headers)).toBe(headers);
    expect(await collect(transformFrames(none, 'chat', framesOf(chunks)))).toEqual(framesOf(chunks));
  });

  it('never change their input, even with every quirk on', async () => {
    const req = {
      model: 'm',
      messages: [],
      n: 2,
      stop: 'x',
      seed: 1,
      stream: true,
      stream_options: { include_usage: true },
    };
    const inputs: [JsonObject, JsonObject, JsonObject[], JsonObject[], JsonObject] = [
      req,
      chatCompletion(),
      textStream(undefined, true),
      toolStream(),
      apiErrorBody(),
    ];
    const copies = structuredClone(inputs);
    rewriteRequest(all, 'chat', req);
    transformResponse(all, 'chat', inputs[1], req);
    transformChunks(all, 'chat', inputs[2], req);
    transformChunks(all, 'chat', inputs[3], req);
    transformError(all, 400, inputs[4], {}, req);
    expect(inputs).toEqual(copies);
  });
});
