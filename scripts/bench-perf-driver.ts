// npm run bench, perf driver part: the ceiling of conform perf's HTTP driver against autocannon's in the same
// run, both at 64 connections on a bare node:http server in a child process (target: driver ≥ 0.5× autocannon),
// and what the driver spends on each stream frame (the timestamp, and the timestamp plus the SSE scan).
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { RequestBudget } from '../suites/perf/budget.ts';
import { createTarget, send } from '../suites/perf/client.ts';
import { closedLoop } from '../suites/perf/loops.ts';
import { SseScanner } from '../suites/perf/sse-scan.ts';

const CONNECTIONS = 64;
const ROUNDS = 5;
const ROUND_S = 2;

// the bare server answers every POST with one small chat completion, keep-alive, no work
const SERVER = `
const http = require('node:http');
const body = JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }], usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 } });
const s = http.createServer({ keepAlive: true, noDelay: true }, (req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }); res.end(body); }); });
s.keepAliveTimeout = 65000;
s.listen(0, '127.0.0.1', () => process.stdout.write('http://127.0.0.1:' + s.address().port + '/v1\\n'));
process.stdin.resume(); process.stdin.on('end', () => process.exit(0));
`;

const BODY = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], max_tokens: 8 });

export async function benchPerfDriver(): Promise<void> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve) =>
    child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())),
  );
  const url = `${base}/chat/completions`;

  const viaAutocannon = async (seconds: number) => {
    const r = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: BODY,
    });
    return r.requests.total / seconds;
  };
  const target = createTarget(base, {}, 10_000, 1 << 20);
  const viaDriver = async (seconds: number) => {
    let done = 0;
    const start = performance.now();
    await closedLoop({
      concurrency: CONNECTIONS,
      durationMs: seconds * 1000,
      fire: async (_i, scheduled) => {
        const a = await send(target, BODY, scheduled);
        if (a.status === 200) done++;
        return true;
      },
    });
    return done / ((performance.now() - start) / 1000);
  };
  await viaAutocannon(1);
  await viaDriver(1);
  const ratios: number[] = [];
  let ac = 0;
  let dr = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const a = await viaAutocannon(ROUND_S);
    const d = await viaDriver(ROUND_S);
    ac += a / ROUNDS;
    dr += d / ROUNDS;
    ratios.push(d / a);
  }
  ratios.sort((x, y) => x - y);
  const ratio = ratios[Math.floor(ratios.length / 2)]!;
  target.pool.destroy();
  child.stdin!.end();

  // per-frame cost: one performance.now() per network chunk, then the SSE scan of that chunk
  const frame = Buffer.from(
    `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content: ' word' }, logprobs: null, finish_reason: null }], usage: null })}\n\n`,
  );
  const N = 200_000;
  let sink = 0;
  let t0 = performance.now();
  for (let i = 0; i < N; i++) sink += performance.now();
  const stampNs = ((performance.now() - t0) / N) * 1e6;
  const scanner = new SseScanner();
  t0 = performance.now();
  for (let i = 0; i < N; i++) {
    sink += performance.now();
    sink += scanner.push(frame).tokenEvents;
  }
  const frameNs = ((performance.now() - t0) / N) * 1e6;
  if (sink === 0) console.log(''); // keeps the loops from being optimised away

  const pct = (v: number) => `${(v * 100).toFixed(0)}%`;
  console.log('');
  console.log(
    `[conform] bench: perf driver against autocannon ${'9'}, ${CONNECTIONS} connections, bare node:http server (child process), ${ROUNDS} alternating rounds of ${ROUND_S} s`,
  );
  console.log(`  autocannon      ${ac.toFixed(0)} req/s`);
  console.log(`  conform perf    ${dr.toFixed(0)} req/s`);
  console.log(
    `  driver / autocannon: ${pct(ratio)} (median of paired rounds, range ${pct(ratios[0]!)}–${pct(ratios.at(-1)!)}; target ≥ 50%) ${ratio >= 0.5 ? 'OK' : 'BELOW TARGET'}`,
  );
  console.log(
    `  per stream frame: timestamp ${stampNs.toFixed(0)} ns; timestamp + SSE scan ${frameNs.toFixed(0)} ns (${(1e9 / frameNs / 1000).toFixed(0)}k frames/s on one core)`,
  );
}
