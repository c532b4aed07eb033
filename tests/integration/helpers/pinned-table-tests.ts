// The tests every pinned verdict table gets, inside the caller's describe: a row per target, each target's verdicts
// as pinned, no entry left to review or reviewed as false. With UPDATE_TABLES=1 the table is rewritten from the runs
// (after the caller's beforeAll has filled `results`).
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Results } from '../../../suites/index.ts';
import {
  entriesMarked,
  observed,
  statusesOf,
  TODO,
  UPDATE,
  updatedRow,
  writeTable,
  type PinnedTable,
} from './pinned-table.ts';

export interface PinnedTableSuite {
  /** what a row is, for the test's name: "server", "peer" */
  target: string;
  names: readonly string[];
  pinned: PinnedTable;
  /** the table's file and the name it exports, for UPDATE_TABLES=1 */
  file: URL;
  exportName: string;
  results: ReadonlyMap<string, Results>;
}

export function pinnedTableTests(o: PinnedTableSuite): void {
  let table = o.pinned;
  beforeAll(() => {
    if (UPDATE) table = Object.fromEntries(o.names.map((n) => [n, updatedRow(o.pinned[n], o.results.get(n)!)]));
  });
  afterAll(async () => {
    if (UPDATE) await writeTable(fileURLToPath(o.file), o.exportName, table);
  });

  it(`has a row for every ${o.target}`, () => {
    expect(Object.keys(table).sort()).toEqual([...o.names].sort());
  });

  it.each(o.names)('%s: every check not passing, and every pinned one, has its pinned status', (name) => {
    const seen = observed(o.results.get(name)!, table[name]);
    expect(seen).toEqual(statusesOf(table[name], seen));
  });

  it(`has no entry left to review ("${TODO}")`, () => {
    expect(entriesMarked(table, TODO)).toEqual([]);
  });

  it('pins no verdict reviewed as false ("FALSE:", "KNOWN FALSE:"): each is a check to fix', () => {
    expect([...entriesMarked(table, 'FALSE:'), ...entriesMarked(table, 'KNOWN FALSE:')]).toEqual([]);
  });
}
