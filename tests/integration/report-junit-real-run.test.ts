// The junit.xml the CLI writes for a real run with failures (the mock with quirk profiles on) validates against
// the JUnit XSD, and its counts agree with results.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../mock/server/index.ts';
import { runCli } from './helpers/run-cli.ts';

const XSD = join(import.meta.dirname, '../../reports/junit/junit.xsd');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint && process.env.CI !== undefined)
  throw new Error('[conform] xmllint is missing in CI. Install it: apt-get install -y libxml2-utils');

const servers: Array<{ close(): Promise<void> }> = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

const count = (xml: string, tag: string) => (xml.match(new RegExp(`<${tag}[ >/]`, 'g')) ?? []).length;

describe.skipIf(!hasXmllint)('junit.xml of a real run with failures', () => {
  it('validates, and counts match results.json', async () => {
    const server = await startMockServer({
      quirks: ['no-done', 'finish-reason-eos', 'flat-error', 'no-rate-limit-headers', 'n-unsupported'],
    });
    servers.push(server);
    const out = mkdtempSync(join(tmpdir(), 'conform-junit-run-'));
    const run = await runCli(['--base-url', server.url, '--out', out, '--report', 'json,junit', '--quiet']);
    expect(run.code).toBe(1);

    const file = join(out, 'junit.xml');
    const lint = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], { encoding: 'utf8' });
    expect(lint.stderr).toContain('validates');

    const xml = readFileSync(file, 'utf8');
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as {
      checks: unknown[];
      summary: Record<string, number>;
    };
    const s = results.summary;
    expect(s.fail).toBeGreaterThan(0);
    expect(s.warn).toBeGreaterThan(0);
    expect(s.unsupported).toBeGreaterThan(0);
    expect(count(xml, 'testcase')).toBe(results.checks.length);
    expect(count(xml, 'failure')).toBe(s.fail + s.untestable);
    expect(count(xml, 'error')).toBe(s.error);
    expect(count(xml, 'skipped')).toBe(s.skip + s.unsupported + s.inconclusive);
    const root = xml.match(/<testsuites[^>]*>/)![0];
    expect(root).toContain(`tests="${results.checks.length}"`);
    expect(root).toContain(`failures="${s.fail + s.untestable}"`);
    expect(root).toContain(`errors="${s.error}"`);
  });
});
