import { describe, expect, it } from 'vitest';
import type { Exchange, Probe, ProbeIO, SdkOutcome, WireRequest } from '../../engine/types.ts';
import * as chat from '../chat/index.ts';
import * as completions from '../completions/index.ts';
import * as embeddings from '../embeddings/index.ts';
import * as errors from '../errors/index.ts';
import * as models from '../models/index.ts';
import * as streaming from '../streaming/index.ts';
import { ctx } from './fixtures.ts';

const core: Probe[] = [models, chat, streaming, embeddings, completions, errors].flatMap((s) => s.probes);

/** runs a probe against an io that only records what it was asked to send */
async function record(p: Probe) {
  const sent: Array<{ via: 'wire' | 'sdk'; label: string; req?: WireRequest }> = [];
  const io: ProbeIO = {
    ctx: ctx(),
    async wire(req) {
      sent.push({ via: 'wire', label: req.label, req });
      return {
        label: req.label,
        via: 'wire',
        request: { method: req.method ?? 'GET', url: req.path, headers: {} },
      } satisfies Exchange;
    },
    async sdk(label) {
      sent.push({ via: 'sdk', label }); // maxRetries 0: one request per call
      return { label, sdkVersion: 'test', ok: true } satisfies SdkOutcome;
    },
    note() {},
  };
  await p.run(io);
  return sent;
}

describe('core probes', () => {
  it('declare their exact request count', async () => {
    for (const p of core) expect((await record(p)).length, p.id).toBe(p.cost(ctx()));
  });

  it('use distinct labels within a probe, and stream only with stream: true', async () => {
    for (const p of core) {
      const sent = await record(p);
      const labels = sent.map((s) => `${s.via}:${s.label}`);
      expect(new Set(labels).size, p.id).toBe(labels.length);
      for (const s of sent.filter((x) => x.req?.stream))
        expect((s.req!.json as { stream?: boolean }).stream, `${p.id} ${s.label}`).toBe(true);
    }
  });

  it('send 42 requests in all, 20 of them model-dependent and repeatable at most', () => {
    expect(core.reduce((n, p) => n + p.cost(ctx()), 0)).toBe(42);
    expect(core.filter((p) => p.repeatable).map((p) => p.id)).toEqual([
      'chat.seed',
      'chat.realistic',
      'streaming.basic',
    ]);
  });

  it('skip embeddings without an embedding model', () => {
    const skips = core.map((p) => [p.id, p.skip?.(ctx({ embeddingModel: undefined }))]).filter(([, why]) => why);
    expect(skips).toMatchInlineSnapshot(`
      [
        [
          "embeddings.basic",
          "no embedding model: pass --embedding-model",
        ],
      ]
    `);
  });
});
