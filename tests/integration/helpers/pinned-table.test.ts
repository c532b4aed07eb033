import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Results } from '../../../suites/index.ts';
import { entriesMarked, observed, statusesOf, updatedRow, writeTable } from './pinned-table.ts';

const run = (statuses: Record<string, string>) =>
  ({ checks: Object.entries(statuses).map(([id, status]) => ({ id, status })) }) as unknown as Results;

describe('pinned tables', () => {
  it('observes every check not passing, and the pinned ones even when they pass', () => {
    const r = run({ a: 'pass', b: 'fail', c: 'pass' });
    expect(observed(r, { c: ['pass', 'FALSE: vacuous'] })).toEqual({ b: 'fail', c: 'pass' });
  });

  it('reads a varying status as the one seen when it is an alternative', () => {
    const row = { a: ['warn|pass', 'FALSE: varies'], b: ['fail', 'x'] } as const;
    expect(statusesOf(row, { a: 'pass', b: 'warn' })).toEqual({ a: 'pass', b: 'fail' });
    expect(statusesOf(row, { a: 'fail' })).toEqual({ a: 'warn|pass', b: 'fail' });
  });

  it('updates a row from a run: reasons kept, new and changed entries to review, passes left out', () => {
    const old = {
      kept: ['fail', 'why'],
      changed: ['warn', 'old why'],
      gone: ['fail', 'fixed'],
      pinned: ['pass', 'FALSE: vacuous'],
    } as const;
    const r = run({ kept: 'fail', changed: 'fail', gone: 'pass', pinned: 'pass', fresh: 'untestable', other: 'pass' });
    expect(updatedRow(old, r)).toEqual({
      kept: ['fail', 'why'],
      changed: ['fail', 'TODO review (was warn): old why'],
      pinned: ['pass', 'FALSE: vacuous'],
      fresh: ['untestable', 'TODO review'],
    });
  });

  it('lists the entries whose reason starts with a mark', () => {
    expect(entriesMarked({ s: { a: ['fail', 'FALSE: blame'], b: ['warn', 'true'] } }, 'FALSE:')).toEqual([
      's a (fail): FALSE: blame',
    ]);
  });

  it('rewrites the table below its header, quoting what needs it', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'pinned-')), 'table.ts');
    await writeFile(file, '// header\nimport x;\n\nexport const T: PinnedTable = {};\n');
    await writeTable(file, 'T', { 'server-1': { 'a.b': ['fail', "it's \\ here"] }, empty: {} });
    expect(await readFile(file, 'utf8')).toBe(
      `// header\nimport x;\n\nexport const T: PinnedTable = {\n  'server-1': {\n    'a.b': ['fail', 'it\\'s \\\\ here'],\n  },\n  'empty': {},\n};\n`,
    );
  });
});
