// The opt-in burst (--burst). The header checks read the core chat.basic probe, so they cost no request.
import type { Probe, ProbeIO, RunContext } from '../../engine/types.ts';

/**
 * The burst is a fixed number of parallel requests so its cost is exact: BURST_SIZE requests, then one SDK call
 * with maxRetries 1 (1 or 2 HTTP requests), then — only when the SDK needed a single attempt — one GET /models
 * to settle the count. Cost: BURST_SIZE + 2, always.
 */
export const BURST_SIZE = 20;
export const ELAPSED_NOTE = 'sdk-elapsed-ms ';

const small = (io: ProbeIO, label: string) =>
  io.wire({
    label,
    method: 'POST',
    path: '/chat/completions',
    json: { model: io.ctx.model, messages: [{ role: 'user', content: 'Say OK.' }] },
  });

export const burstProbe: Probe = {
  id: 'rate-limits.burst',
  feature: 'rate-limits',
  title: `A burst of ${BURST_SIZE} parallel requests, then an SDK call that must wait as the 429 says`,
  cost: (ctx: RunContext) => (ctx.burst ? BURST_SIZE + 2 : 0),
  skip: (ctx) => (ctx.burst ? undefined : 'opt in with --burst'),
  // the 429s it provokes would spill onto probes running beside it
  alone: true,
  async run(io) {
    await Promise.all(Array.from({ length: BURST_SIZE }, (_, i) => small(io, `burst-${i + 1}`)));
    const started = Date.now();
    const outcome = await io.sdk(
      'sdk-retry',
      (client) =>
        client.chat.completions.create({ model: io.ctx.model, messages: [{ role: 'user', content: 'Say OK.' }] }),
      { maxRetries: 1 },
    );
    // the transcript keeps no wall-clock times per exchange, so the wait the SDK made is recorded here
    io.note(`${ELAPSED_NOTE}${Date.now() - started}`);
    if ((outcome.attempts ?? 1) < 2) await io.wire({ label: 'settle', method: 'GET', path: '/models' });
  },
};

export const probes: Probe[] = [burstProbe];
