// `conform mock`: flags and config file, readable errors, start and stop.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMockCommand } from '../../mock/server/cli.ts';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMockCommand(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('conform mock', () => {
  it('explains a mistyped flag or value and exits 2', async () => {
    expect(await run(['--rmp', '60'])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "err": "[conform] mock: unknown option "--rmp" — did you mean "--rpm"? Run \`conform mock --help\` for the options.",
        "out": "",
      }
    `);
    expect(await run(['mock', '--rpm', 'lots'])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "err": "[conform] mock: --rpm expects a number, got "lots".",
        "out": "",
      }
    `);
    expect(await run(['--price', 'gpt-4o'])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "err": "[conform] mock: --price expects MODEL=USD, got "gpt-4o". Example: --price gpt-4o-mini=0.002",
        "out": "",
      }
    `);
    expect(await run(['--quirks', 'no-dne', '--port', '99999'])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "err": "[conform] mock config: "port" expected a port from 0 to 65535, got 99999.
      [conform] mock config: unknown quirk "no-dne" at quirks[0] — did you mean "no-done"? See \`conform mock --help\` for the list.",
        "out": "",
      }
    `);
  });

  it('names an unknown key of the config file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conform-mock-'));
    const file = join(dir, 'mock.json');
    writeFileSync(file, JSON.stringify({ rmp: 60, quota: -1 }));
    const r = await run(['--config', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatchInlineSnapshot(`
      "[conform] mock config: unknown key "rmp" — did you mean "rpm"? Allowed: models, apiKeys, rpm, tpm, quota, prices, defaultPrice, quirks, faults, latencyMs, latencyProfile, tokenPrices, defaultTokenPrice, maxBodyBytes, maxUploadBytes, script, journalLimit, ledgerLimit, adminKey, port, host, frameIntervalMs.
      [conform] mock config: "quota" expected a whole number of requests, 0 or more, got -1."
    `);
    writeFileSync(file, '{ nope');
    expect((await run(['--config', file])).err).toMatch(/^\[conform\] mock: --config .* is not valid JSON/);
  });

  it('serves with flags over the config file until stopped, never printing keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conform-mock-'));
    const file = join(dir, 'mock.json');
    writeFileSync(
      file,
      JSON.stringify({ rpm: 5, prices: { 'gpt-4o-mini': 0.5 }, models: ['gpt-4o-mini', 'my-embed'] }),
    );
    const stop = new AbortController();
    const out: string[] = [];
    let url = '';
    const done = runMockCommand(
      ['--config', file, '--port', '0', '--api-key', 'sk-cli-secret', '--rpm', '7', '--price', 'default=0.1'],
      {
        out: (l) => out.push(l),
        err: (l) => out.push(l),
        signal: stop.signal,
        onListening: (u) => (url = u),
      },
    );
    await expect.poll(() => url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const denied = await fetch(`${url}/models`);
    expect(denied.status).toBe(401);
    const ok = await fetch(`${url}/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-cli-secret', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-ratelimit-limit-requests')).toBe('7');
    expect(ok.headers.get('x-conform-metered-cost')).toBe('0.5');
    const ledgerUrl = url.replace(/\/v1$/, '/_conform/ledger');
    expect((await fetch(ledgerUrl)).status).toBe(401); // with keys set, the admin API needs one
    const ledger = await (await fetch(ledgerUrl, { headers: { authorization: 'Bearer sk-cli-secret' } })).json();
    expect(ledger.totals).toMatchObject({ requests: 1, cost: 0.5 });
    stop.abort();
    expect(await done).toBe(0);
    expect(out.join('\n')).not.toContain('sk-cli-secret');
    expect(out.map((l) => l.replace(/:\d+/, ':PORT'))).toMatchInlineSnapshot(`
      [
        "[conform] mock listening on http://127.0.0.1:PORT/v1",
        "[conform] admin: http://127.0.0.1:PORT/_conform/ledger · Ctrl-C to stop",
        "[conform] mock stopped",
      ]
    `);
  });

  it('prints usage with --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: conform mock');
    expect(r.out).toContain('no-done');
    expect(r.out).toMatch(/^Provider profiles \(each a set of quirks\): .*\bollama\b.*\bvllm\b/m);
  });

  it('takes provider profiles in --quirks and the config file, like quirk names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conform-mock-'));
    const file = join(dir, 'mock.json');
    writeFileSync(file, JSON.stringify({ quirks: ['ollama'] }));
    const stop = new AbortController();
    let url = '';
    const done = runMockCommand(['--config', file, '--port', '0', '--quirks', 'mistral,no-request-id'], {
      out: () => {},
      err: () => {},
      signal: stop.signal,
      onListening: (u) => (url = u),
    });
    await expect.poll(() => url).toMatch(/^http:/);
    const res = await fetch(`${url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], temperature: 5 }),
    });
    // the flag replaces the file's list: mistral's flat error body, no-request-id's missing header, no ollama
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ object: 'error', code: 400 });
    expect(res.headers.get('x-request-id')).toBeNull();
    expect(res.headers.get('x-ratelimit-limit-requests')).not.toBeNull();
    stop.abort();
    expect(await done).toBe(0);
    expect((await run(['--quirks', 'olama'])).err).toMatchInlineSnapshot(
      `"[conform] mock config: unknown quirk "olama" at quirks[0] — did you mean "ollama"? See \`conform mock --help\` for the list."`,
    );
  });
});
