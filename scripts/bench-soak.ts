// npm run bench -- --soak [N]: the standalone mock, with its default journal and ledger windows, under N mixed
// requests (default 500,000): answered, streamed, refused, malformed, from four keys and from strangers. Prints
// the server's resident memory every 100,000 requests (flat after warm-up, or the windows leak) and checks that
// the ledger's totals equal the requests it accepted. Not a test: it takes minutes.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '../mock/server/index.ts';
import { runLoad } from './load-generator.ts';

const KEYS = ['sk-soak-a', 'sk-soak-b', 'sk-soak-c', 'sk-soak-d'];
const CONNECTIONS = 32;
const STEP = 100_000;
const MESSAGES = [
  { role: 'user', content: 'Which documents do I need for a weekend trip from Paris to London by train?' },
];

/** Request i of the mix: what it sends, and whether the ledger meters it (an accepted generation). */
function mixed(i: number): { path: string; method: string; body?: string; key?: string; metered: boolean } {
  const key = KEYS[i % KEYS.length];
  const chat = (extra: object) =>
    JSON.stringify({ model: 'gpt-4o-mini', messages: MESSAGES, max_tokens: 64, ...extra });
  switch (i % 20) {
    case 10:
    case 11:
      return {
        path: '/v1/chat/completions',
        method: 'POST',
        body: chat({ stream: true, stream_options: { include_usage: true } }),
        key,
        metered: true,
      };
    case 12:
      return {
        path: '/v1/chat/completions',
        method: 'POST',
        body: chat({
          response_format: {
            type: 'json_schema',
            json_schema: {
              name: 'trip',
              schema: { type: 'object', properties: { documents: { type: 'array', items: { type: 'string' } } } },
            },
          },
        }),
        key,
        metered: true,
      };
    case 13:
      return {
        path: '/v1/completions',
        method: 'POST',
        body: JSON.stringify({ model: 'gpt-3.5-turbo-instruct', prompt: 'Once upon a time', logprobs: 2 }),
        key,
        metered: true,
      };
    case 14:
      return {
        path: '/v1/embeddings',
        method: 'POST',
        body: JSON.stringify({ model: 'text-embedding-3-small', input: [`doc ${i}`, 'another'] }),
        key,
        metered: true,
      };
    case 15:
      return { path: '/v1/models', method: 'GET', key, metered: false };
    case 16:
      return {
        path: '/v1/chat/completions',
        method: 'POST',
        body: '{"model": "gpt-4o-mini", "messages": [',
        key,
        metered: false,
      };
    case 17:
      return {
        path: '/v1/chat/completions',
        method: 'POST',
        body: JSON.stringify({ model: 'gpt-5-mega', messages: MESSAGES }),
        key,
        metered: false,
      };
    case 18:
      return { path: '/v1/chat/completions', method: 'POST', body: chat({}), key: `sk-stranger-${i}`, metered: false }; // a new wrong key each time
    case 19:
      return { path: '/v1/chat/completions', method: 'POST', body: 'x'.repeat(2_000), metered: false }; // no key at all
    default:
      return { path: '/v1/chat/completions', method: 'POST', body: chat({ seed: i % 1000 }), key, metered: true };
  }
}

if (process.argv.includes('--serve')) {
  // the default windows (journal, ledger) are what is measured; frames back to back: memory, not pacing
  const server = await startMockServer({ apiKeys: KEYS, frameIntervalMs: 0 });
  process.stdout.write(server.url + '\n');
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
} else await soak();

async function soak(): Promise<void> {
  const at = process.argv.indexOf('--soak');
  const total = Number(process.argv[at + 1]) > 0 ? Number(process.argv[at + 1]) : 500_000;
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) resolve(buf.split('\n')[0]);
    });
    child.on('exit', (code) =>
      reject(new Error(`[conform] bench --soak: the mock process exited early (code ${code}).`)),
    );
  });
  const rss = () => {
    try {
      return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
    } catch {
      return NaN; // not Linux
    }
  };
  console.log(
    `[conform] bench --soak: ${total} mixed requests over ${CONNECTIONS} keep-alive connections to the standalone mock (default windows)\n`,
  );
  console.log('requests   RSS MB   req/s   statuses');
  let metered = 0;
  let done = 0;
  const readings: number[] = [];
  const t0 = performance.now();
  while (done < total) {
    const n = Math.min(STEP, total - done);
    const offset = done;
    const r = await runLoad({
      url: `${url}/chat/completions`,
      connections: CONNECTIONS,
      requests: n,
      target: (i) => mixed(offset + i),
      headers: (i) => {
        const m = mixed(offset + i);
        return { 'content-type': 'application/json', ...(m.key ? { authorization: `Bearer ${m.key}` } : {}) };
      },
      body: (i) => mixed(offset + i).body as string,
    });
    for (let i = 0; i < n; i++) if (mixed(offset + i).metered) metered++;
    done += n;
    readings.push(rss());
    const statuses = Object.entries(r.statuses)
      .map(([s, c]) => `${s}:${c}`)
      .join(' ');
    console.log(
      `${String(done).padStart(8)}  ${readings.at(-1)!.toFixed(0).padStart(7)}  ${((n / r.elapsedMs) * 1000).toFixed(0).padStart(6)}   ${statuses}${r.errors.length ? `  (${r.errors.length} transport errors)` : ''}`,
    );
  }
  const ledger = (await (
    await fetch(url.replace(/\/v1$/, '/_conform/ledger?limit=0'), { headers: { authorization: `Bearer ${KEYS[0]}` } })
  ).json()) as {
    totals: { requests: number };
    window: { kept: number; limit: number };
  };
  child.stdin!.end();
  const growth = readings.length > 1 ? readings.at(-1)! - readings[1] : 0;
  console.log('');
  console.log(`${done} requests in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  console.log(
    `RSS after the warm-up (from ${Math.min(2, readings.length) * STEP} requests on): ${readings[Math.min(1, readings.length - 1)].toFixed(0)} MB → ${readings.at(-1)!.toFixed(0)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB)`,
  );
  console.log(
    `ledger: ${ledger.totals.requests} requests in the totals, ${metered} accepted: ${ledger.totals.requests === metered ? 'EXACT' : 'MISMATCH'}; window ${ledger.window.kept} of ${ledger.window.limit}`,
  );
  process.exit(ledger.totals.requests === metered ? 0 : 1);
}
