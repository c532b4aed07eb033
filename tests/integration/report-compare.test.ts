// Comparing real runs: the bundled mock, then the same mock with a quirk profile (same target, later), side by side.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../mock/server/index.ts';
import { writeComparison, type Results } from '../../reports/index.ts';
import { runAgainst } from './report-runs.ts';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const rowOf = (html: string, id: string) =>
  new RegExp(`<tr id="${id.replace(/\./g, '\\.')}">.*?</tr>`).exec(html)?.[0] ?? '';

describe('comparison of two runs of one target', () => {
  let before: Results;
  let after: Results;
  let html: string;
  let path: string;

  beforeAll(async () => {
    const server = await startMockServer();
    try {
      before = await runAgainst(server, { quirks: [], label: 'bundled mock', startedAt: '2026-11-20T10:00:00.000Z' });
      after = await runAgainst(server, {
        quirks: ['no-done', 'finish-reason-eos'],
        label: 'bundled mock',
        startedAt: '2026-11-21T10:00:00.000Z',
      });
    } finally {
      await server.close();
    }
    // given newest first: the page still orders them by startedAt
    path = await writeComparison([after, before], mkdtempSync(join(tmpdir(), 'conform-compare-')));
    html = readFileSync(path, 'utf8');
    console.log(`[conform] comparison page: ${path}`);
  }, 120_000);

  it('has one column per run, the earlier one first', () => {
    const head = /<thead>.*?<\/thead>/s.exec(html)?.[0] ?? '';
    expect(head.match(/<th scope="col">/g)?.length).toBe(3);
    expect(text(head)).toMatch(/Check bundled mock \S+ 2026-11-20 10:00 bundled mock \S+ 2026-11-21 10:00/);
  });

  it('marks the regressions the quirks cause, and nothing as fixed', () => {
    const regressed = after.checks.filter(
      (c) => c.status === 'fail' && before.checks.find((b) => b.id === c.id)?.status === 'pass',
    );
    expect(regressed.length, 'the quirk profile makes checks fail that passed on the clean mock').toBeGreaterThan(0);
    for (const c of regressed) {
      const row = rowOf(html, c.id);
      expect(row, c.id).toContain('▼ regressed');
      expect(text(row)).toMatch(/✓ pass ✗ fail \d+ ▼ regressed/);
    }
    const changes = text(/<section class="changes">.*?<\/section>/s.exec(html)?.[0] ?? '');
    expect(changes).toContain(`▼ Regressed (`);
    expect(changes).toContain('Nothing fixed.');
    // [DONE] missing is one of them (quirk no-done, Part B #20)
    expect(changes).toMatch(/streaming\.done[\w-]* \(MUST\) pass → fail/);
  });

  it('keeps passing checks unmarked', () => {
    const stable = after.checks.find(
      (c) => c.status === 'pass' && before.checks.find((b) => b.id === c.id)?.status === 'pass',
    )!;
    expect(text(rowOf(html, stable.id))).toMatch(/✓ pass ✓ pass$/);
  });
});
