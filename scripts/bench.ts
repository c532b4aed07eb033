// npm run bench: the standalone mock's throughput and latency against a bare node:http server that returns a
// fixed body, measured in the same run with the same keep-alive load generator. Each server runs in a child
// process of its own, so neither shares the load generator's event loop or the other's heap. The request is what an SDK app sends; the verdict is
// the median of per-round mock/bare ratios, printed with their range and the pooled ratio.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createMock } from '../mock/index.ts';
import { startMockServer } from '../mock/server/index.ts';
import { emptyResult, runLoad, type LoadResult } from './load-generator.ts';
import { ascending, quantile } from '../suites/perf/percentile.ts';

/** the p-th percentile (0–100), interpolated: the rule conform perf reports with */
const percentile = (values: readonly number[], p: number) => quantile(ascending(values), p / 100);

const CONNECTIONS = 32;
const WARMUP_MS = 1_500;
const ROUNDS = 7; // targets alternate in rounds of ROUND_MS, so a change of machine load hits both alike
const ROUND_MS = 1_000;
// what an app sends through the official SDK: a system prompt, a user turn, sampling and a token cap, and
// the SDK's own headers (the mock journals them; both servers parse them)
const MESSAGES = [
  { role: 'system', content: 'You are a concise assistant for a travel booking site.' },
  { role: 'user', content: 'Which documents do I need for a weekend trip from Paris to London by train?' },
];
const CHAT = JSON.stringify({ model: 'gpt-4o-mini', messages: MESSAGES, temperature: 0.7, max_tokens: 256 });
const STREAM = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: MESSAGES,
  temperature: 0.7,
  max_tokens: 256,
  stream: true,
  stream_options: { include_usage: true },
});
const SDK_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/json',
  authorization: 'Bearer sk-bench',
  'user-agent': 'OpenAI/JS 6.49.0',
  'x-stainless-lang': 'js',
  'x-stainless-package-version': '6.49.0',
  'x-stainless-os': 'Linux',
  'x-stainless-arch': 'x64',
  'x-stainless-runtime': 'node',
  'x-stainless-runtime-version': 'v20.20.2',
  'x-stainless-retry-count': '0',
  'x-stainless-timeout': '600',
};

const MOCK_OPTIONS = { rpm: 1e9, tpm: 1e12, journalLimit: 1_000 };

if (process.argv.includes('--soak'))
  await import('./bench-soak.ts'); // npm run bench -- --soak [N]
else if (process.argv.includes('--perf-driver'))
  await (await import('./bench-perf-driver.ts')).benchPerfDriver(); // npm run bench -- --perf-driver
else if (process.argv.includes('--serve')) await serve(process.argv.includes('--bare') ? 'bare' : 'mock');
else await bench();

/**
 * Child: one server, its URL printed as a line. The bare server and the mock get a process each: in one heap,
 * the mock's ledger (an entry per request, by design) made the bare server pay for the mock's garbage collection.
 */
async function serve(kind: 'bare' | 'mock'): Promise<void> {
  let url: string;
  if (kind === 'mock') {
    // frames back to back: the pause between them (--frame-interval) is a setting, not work the server does
    url = (await startMockServer({ ...MOCK_OPTIONS, frameIntervalMs: 0 })).url;
  } else {
    // the mock's own answer to the bench request, served as a fixed body
    const sample = await createMock(MOCK_OPTIONS).handle({
      method: 'POST',
      path: '/v1/chat/completions',
      headers: {},
      body: CHAT,
    });
    const fixed = 'body' in sample ? sample.body : '{}';
    const sameHeaders = process.argv.includes('--same-headers');
    const bare = createServer({ keepAlive: true, noDelay: true }, (req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, {
          ...(sameHeaders ? sample.headers : {}),
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(fixed),
        });
        res.end(fixed);
      });
    });
    bare.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/v1`;
  }
  process.stdout.write(url + '\n');
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0)); // the parent closing stdin is the signal to stop
}

function startChild(kind: 'bare' | 'mock'): { child: ChildProcess; url: Promise<string> } {
  const flags = [
    '--serve',
    ...(kind === 'bare' ? ['--bare'] : []),
    ...process.argv.filter((a) => a === '--same-headers'),
  ];
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...flags], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) resolve(buf.split('\n')[0]);
    });
    child.on('exit', (code) =>
      reject(new Error(`[conform] bench: the ${kind} server process exited early (code ${code}).`)),
    );
  });
  return { child, url };
}

async function bench(): Promise<void> {
  const servers = [startChild('bare'), startChild('mock')];
  const [bareUrl, mockUrl] = await Promise.all(servers.map((s) => s.url));
  const urls = { bare: bareUrl, mock: mockUrl };
  const run = async (base: string, body: string, durationMs: number) =>
    runLoad({ url: `${base}/chat/completions`, connections: CONNECTIONS, durationMs, headers: SDK_HEADERS, body });

  console.log(
    `[conform] bench: ${CONNECTIONS} keep-alive connections; warm-up ${WARMUP_MS} ms each, then ${ROUNDS} alternating rounds of ${ROUND_MS} ms per target\n`,
  );
  const targets = [
    { base: urls.bare, body: CHAT },
    { base: urls.mock, body: CHAT },
    { base: urls.mock, body: STREAM },
  ];
  for (const t of targets) await run(t.base, t.body, WARMUP_MS);
  const results: LoadResult[][] = targets.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, t] of targets.entries()) results[i].push(await run(t.base, t.body, ROUND_MS));
  }
  const [bare, mock, stream] = results.map(merge);
  for (const s of servers) s.child.stdin!.end();

  const rps = (r: LoadResult) => (r.latenciesMs.length / r.elapsedMs) * 1000;
  const ok = (r: LoadResult) =>
    `${r.statuses[200] ?? 0}/${r.sent}${r.errors.length ? ` (${r.errors.length} errors)` : ''}`;
  const ms = (v: number) => v.toFixed(2);
  const rows = [
    ['target', 'req/s', 'p50 ms', 'p99 ms', '200s/sent'],
    [
      'bare node:http (fixed body)',
      rps(bare).toFixed(0),
      ms(percentile(bare.latenciesMs, 50)),
      ms(percentile(bare.latenciesMs, 99)),
      ok(bare),
    ],
    [
      'mock, chat (JSON)',
      rps(mock).toFixed(0),
      ms(percentile(mock.latenciesMs, 50)),
      ms(percentile(mock.latenciesMs, 99)),
      ok(mock),
    ],
    [
      'mock, chat (SSE stream)',
      rps(stream).toFixed(0),
      ms(percentile(stream.latenciesMs, 50)),
      ms(percentile(stream.latenciesMs, 99)),
      ok(stream),
    ],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  // each round's mock run follows its bare run within a second, so their ratio is the fairest single reading;
  // the median of those is what a load spike in one round cannot move, and the spread shows how noisy it was
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const paired = results[1].map((m, r) => rps(m) / rps(results[0][r])).sort((a, b) => a - b);
  const ratio = paired[Math.floor(paired.length / 2)];
  console.log('');
  console.log(`mock / bare throughput: ${pct(ratio)} (target ≥ 50%) ${ratio >= 0.5 ? 'OK' : 'BELOW TARGET'}`);
  console.log(
    `  median of ${ROUNDS} paired rounds (range ${pct(paired[0])}–${pct(paired[paired.length - 1])}); all rounds pooled: ${pct(rps(mock) / rps(bare))}`,
  );
  console.log(
    `streaming: ${((stream.frames / stream.elapsedMs) * 1000).toFixed(0)} SSE frames/s, ${(stream.frames / Math.max(1, stream.latenciesMs.length)).toFixed(1)} frames per answer`,
  );
  console.log(
    `streaming time to first byte: p50 ${ms(percentile(stream.firstByteMs, 50))} ms, p99 ${ms(percentile(stream.firstByteMs, 99))} ms`,
  );
  await (await import('./bench-perf-driver.ts')).benchPerfDriver(); // the perf driver's own ceiling
  await import('./bench-package.ts'); // last part: the packed package as users run it
  process.exit(0);
}

function merge(rounds: LoadResult[]): LoadResult {
  const out = emptyResult();
  for (const r of rounds) {
    out.sent += r.sent;
    for (const [s, n] of Object.entries(r.statuses)) out.statuses[Number(s)] = (out.statuses[Number(s)] ?? 0) + n;
    out.errors.push(...r.errors);
    out.latenciesMs.push(...r.latenciesMs);
    out.firstByteMs.push(...r.firstByteMs);
    out.frames += r.frames;
    out.elapsedMs += r.elapsedMs;
  }
  return out;
}
