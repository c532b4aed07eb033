// The perf driver against endpoints that misbehave: an endless stream is cut at the byte cap, a server that never
// answers at the deadline, and a 429 with Retry-After is retried — each attempt a request, billed by flat pricing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestBudget } from '../../suites/perf/budget.ts';
import { createTarget } from '../../suites/perf/client.ts';
import { workloadCost } from '../../suites/perf/cost.ts';
import { parsePricings } from '../../suites/perf/pricing.ts';
import { sendWithRetries } from '../../suites/perf/send-with-retries.ts';

let server: Server;
let base: string;
let calls = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    if (req.url === '/endless/chat/completions') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = `data: ${JSON.stringify({ choices: [{ delta: { content: 'x'.repeat(1000) } }] })}\n\n`;
      const pump = () => {
        while (res.write(chunk)) if (res.destroyed) return;
        res.once('drain', pump);
      };
      pump();
    } else if (req.url === '/silent/chat/completions') {
      // headers, then nothing, ever
      res.writeHead(200, { 'content-type': 'text/event-stream' });
    } else {
      calls++;
      if (calls === 1) {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after-ms': '20' });
        res.end('{"error":{"message":"slow down","type":"rate_limit_exceeded"}}');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: 'hi' } }] })}\n\n`);
      res.end(
        `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 10, completion_tokens: 1 } })}\n\ndata: [DONE]\n\n`,
      );
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const once = (path: string, timeoutMs: number, maxBytes: number) => {
  const target = createTarget(`${base}${path}`, {}, timeoutMs, maxBytes);
  return sendWithRetries(target, '{}', 2, performance.now(), new RequestBudget(), { retries: 0, maxWaitMs: 0 }).finally(
    () => target.pool.destroy(),
  );
};

describe('perf driver on hostile endpoints', () => {
  it('stops reading an endless stream at the byte cap', async () => {
    const o = (await once('/endless', 10_000, 256 * 1024))!;
    expect(o.attempts[0]!.status).toBe('too-large');
    expect(o.ok).toBe(false);
    expect(o.attempts[0]!.outputChars).toBeLessThan(300 * 1024);
  });

  it('gives up on a silent server at the deadline', async () => {
    const o = (await once('/silent', 300, 1 << 20))!;
    expect(o.attempts[0]!.status).toBe('timeout');
    expect(o.attempts[0]!.end - o.attempts[0]!.sent).toBeLessThan(2000);
  });

  it('retries a 429 after its Retry-After; both attempts are requests and flat pricing bills both', async () => {
    const target = createTarget(`${base}/v1`, {}, 5000, 1 << 20);
    const budget = new RequestBudget(5);
    const o = (await sendWithRetries(target, '{}', 2, performance.now(), budget, { retries: 2, maxWaitMs: 1000 }))!;
    target.pool.destroy();
    expect(o.attempts.map((a) => a.status)).toEqual([429, 200]);
    expect(o.attempts[0]!.retryAfterMs).toBe(20);
    expect(o.ok).toBe(true);
    expect(budget.used).toBe(2);
    const cost = workloadCost([o], parsePricings(['flat=0.001', 'tokens=in:1,out:2']));
    expect(cost.models.map((m) => [m.total, m.billedRequests])).toEqual([
      [0.002, 2],
      [0.000012, 1], // (10 × 1 + 1 × 2) / 1M: the refused attempt carried no usage
    ]);
  });
});
