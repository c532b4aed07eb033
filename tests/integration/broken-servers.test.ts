// The full default suite against each broken server of tests/fixtures/broken-servers: every check that does not
// pass must have the status broken-servers-table.ts pins, with a reviewed reason; anything else passes (a pass
// pinned there is one reviewed as false).
// UPDATE_TABLES=1 npx vitest run tests/integration/broken-servers.test.ts rewrites the table from the runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { runConform, type Results } from '../../suites/index.ts';
import { renderConsoleSummary, renderHtml, renderJunit, renderMarkdownSummary } from '../../reports/index.ts';
import { BROKEN_SERVERS, KEY, RUN_OPTIONS, type BrokenServerName } from '../fixtures/broken-servers/index.ts';
import { BROKEN_SERVERS_TABLE } from './broken-servers-table.ts';
import { pinnedTableTests } from './helpers/pinned-table-tests.ts';
import { secretRuns } from './helpers/key-runs.ts';

const NAMES = Object.keys(BROKEN_SERVERS) as BrokenServerName[];
const PARALLEL = 4;
const results = new Map<string, Results>();

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
}, 120_000);

describe('the full suite against each broken server', () => {
  pinnedTableTests({
    target: 'server',
    names: NAMES,
    pinned: BROKEN_SERVERS_TABLE,
    file: new URL('./broken-servers-table.ts', import.meta.url),
    exportName: 'BROKEN_SERVERS_TABLE',
    results,
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
