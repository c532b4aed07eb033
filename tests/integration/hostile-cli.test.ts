// The CLI against dead targets: a graded run (exit 1, results.json, one request), never a crash or a hang.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostileServer, type HostileKind, type HostileServer } from '../fixtures/hostile-servers.ts';
import { runCli } from './helpers/run-cli.ts';

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('conform against a dead target', () => {
  it.each<HostileKind>(['hang', 'html-502', 'reset'])(
    '%s: exit 1 with every check in error after one request',
    async (kind) => {
      server = await startHostileServer(kind);
      const out = await mkdtemp(join(tmpdir(), `conform-cli-${kind}-`));
      const r = await runCli(['--base-url', server.url, '--timeout', '300', '--out', out, '--report', 'json,junit']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^\[conform\] preflight failed: \[conform\] /m);
      expect(r.stdout).toContain('[conform] 1 requests sent (planned 1). Report: ');
      const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
      expect(results.checks.length).toBeGreaterThan(0);
      expect(results.checks.every((c: { status: string }) => c.status === 'error' || c.status === 'skip')).toBe(true);
      expect(server.hits()).toBe(1);
    },
  );

  it('a port nobody listens on: connection refused, graded the same way', async () => {
    server = await startHostileServer('hang');
    const url = server.url;
    await server.close();
    server = undefined;
    const r = await runCli([
      '--base-url',
      url,
      '--out',
      await mkdtemp(join(tmpdir(), 'conform-cli-refused-')),
      '--report',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.split(url).join('URL')).toContain(
      'preflight failed: [conform] target unreachable: GET URL/models connection refused (ECONNREFUSED). Check --base-url and that the server is up.',
    );
  });

  it('https to a plain-HTTP port: a TLS message that suggests http://, not "unreachable"', async () => {
    server = await startHostileServer('html-502');
    const url = server.url.replace(/^http:/, 'https:');
    const r = await runCli([
      '--base-url',
      url,
      '--out',
      await mkdtemp(join(tmpdir(), 'conform-cli-tls-')),
      '--report',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.split(server.url).join('HTTP_URL').split(url).join('HTTPS_URL')).toContain(
      'preflight failed: [conform] TLS failed: GET HTTPS_URL/models TLS handshake failed (ERR_SSL_WRONG_VERSION_NUMBER): the port does not speak TLS. The port probably serves plain HTTP: try --base-url HTTP_URL.',
    );
  });
});
