// The full default suite against each broken server of tests/fixtures/broken-servers: every check that does not
// pass must have the status broken-servers-table.ts pins, with a reviewed reason; anything else passes (a pass
// pinned there is one reviewed as false).
// UPDATE_TABLES=1 npx vitest run tests/integration/broken-servers.test.ts rewrites the table from the runs.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConform, type Results } from '../../suites/index.ts';
import { renderConsoleSummary, renderHtml, renderJunit, renderMarkdownSummary } from '../../reports/index.ts';
import { BROKEN_SERVERS, KEY, RUN_OPTIONS, type BrokenServerName } from '../fixtures/broken-servers/index.ts';
import { BROKEN_SERVERS_TABLE } from './broken-servers-table.ts';
import {
  entriesMarked,
  observed,
  statusesOf,
  TODO,
  UPDATE,
  updatedRow,
  writeTable,
  type PinnedTable,
} from './helpers/pinned-table.ts';
import { secretRuns } from './helpers/key-runs.ts';

const NAMES = Object.keys(BROKEN_SERVERS) as BrokenServerName[];
const PARALLEL = 4;
const results = new Map<string, Results>();
let table: PinnedTable = BROKEN_SERVERS_TABLE;

beforeAll(async () => {
  const queue = [...NAMES];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const server = await BROKEN_SERVERS[name]();
      try {
        results.set(name, await runConform({ ...RUN_OPTIONS[name], baseUrl: server.url, apiKey: KEY, label: name }));
      } finally {
        await server.close();
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (UPDATE) table = Object.fromEntries(NAMES.map((n) => [n, updatedRow(BROKEN_SERVERS_TABLE[n], results.get(n)!)]));
}, 120_000);

afterAll(async () => {
  if (UPDATE)
    await writeTable(
      fileURLToPath(new URL('./broken-servers-table.ts', import.meta.url)),
      'BROKEN_SERVERS_TABLE',
      table,
    );
});

describe('the full suite against each broken server', () => {
  it('has a row for every server', () => {
    expect(Object.keys(table).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s: every check not passing, and every pinned one, has its pinned status', (name) => {
    const seen = observed(results.get(name)!, table[name]);
    expect(seen).toEqual(statusesOf(table[name], seen));
  });

  it(`has no entry left to review ("${TODO}")`, () => {
    expect(entriesMarked(table, TODO)).toEqual([]);
  });

  it('pins no verdict reviewed as false ("FALSE:", "KNOWN FALSE:"): each is a check to fix', () => {
    expect([...entriesMarked(table, 'FALSE:'), ...entriesMarked(table, 'KNOWN FALSE:')]).toEqual([]);
  });

  it('junk: the console summary shows no control character the target sent', () => {
    const text = renderConsoleSummary(results.get('junk')! as never, { color: false });
    expect(text).toContain('✔ 0 failed'); // the target's word is quoted, so the check below is not vacuous
    expect(text.match(/[\u0000-\u0008\u000b-\u001f\u007f]/g) ?? []).toEqual([]);
  });

  it('key-echo: no report or transcript holds 4+ characters of the key, in any encoding', () => {
    const r = results.get('key-echo')!;
    const stored = {
      'results.json': JSON.stringify(r),
      'index.html': renderHtml(r as never),
      'junit.xml': renderJunit(r as never),
      'summary.md': renderMarkdownSummary(r as never),
      console: renderConsoleSummary(r as never, { color: false }),
    };
    const leaks = Object.entries(stored).flatMap(([where, text]) =>
      secretRuns(text, KEY).map((run) => `${where}: ${run}`),
    );
    expect(leaks).toEqual([]);
  });
});
