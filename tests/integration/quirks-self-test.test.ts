// The suite's self-test: for every quirk and provider profile of the bundled mock, the FULL suite (all features,
// default options) must fail exactly the checks quirks-table.ts lists, with those statuses, and nothing else.
// A quirk nothing fails reproduces nothing; a check failing outside the table is a check too strict or a quirk too
// broad. The runs are independent (one mock each), so they go in parallel.
import { beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_PROFILES, QUIRK_NAMES } from '../../mock/core/quirks/index.ts';
import type { Results } from '../../suites/index.ts';
import { runAgainstMock } from './helpers/run-against-mock.ts';
import { expectedStatuses, NO_FAILURE, OPT_IN_SKIPS, PROFILE_TABLE, QUIRK_TABLE, type Row } from './quirks-table.ts';

const ROWS: Array<[string, Row]> = [['none', {}], ...Object.entries(QUIRK_TABLE), ...Object.entries(PROFILE_TABLE)];
const PARALLEL = 8;

const results = new Map<string, Results>();
beforeAll(async () => {
  const queue = ROWS.map(([name]) => name);
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      results.set(name, await runAgainstMock({ quirks: name === 'none' ? [] : [name as never] }));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}, 300_000);

const notPassing = (r: Results) =>
  Object.fromEntries(r.checks.filter((c) => c.status !== 'pass').map((c) => [c.id, c.status]));

describe('the full suite against each quirk and profile of the bundled mock', () => {
  it('has a row for every quirk and every provider profile', () => {
    expect(Object.keys(QUIRK_TABLE).sort()).toEqual([...QUIRK_NAMES].sort());
    expect(Object.keys(PROFILE_TABLE).sort()).toEqual(Object.keys(PROVIDER_PROFILES).sort());
  });

  it('makes every quirk fail or warn at least one check, except the documented valid ones', () => {
    const silent = Object.entries(QUIRK_TABLE)
      .filter(([, row]) => !row.fail?.length && !row.warn?.length && !row.unsupported?.length)
      .map(([name]) => name);
    expect(silent.sort()).toEqual(Object.keys(NO_FAILURE).sort());
  });

  it.each(ROWS)('%s fails exactly its row', (name, row) => {
    const r = results.get(name)!;
    const errors = r.checks.filter((c) => c.status === 'error').map((c) => `${c.id}: ${c.message}`);
    expect(errors, 'no check may error').toEqual([]);
    expect(notPassing(r)).toEqual(expectedStatuses(row));
  });

  it('skips only the opt-in burst checks, in every run', () => {
    for (const [name] of ROWS) {
      const skipped = results
        .get(name)!
        .checks.filter((c) => c.status === 'skip')
        .map((c) => c.id);
      expect(skipped, name).toEqual(OPT_IN_SKIPS);
    }
  });

  it('whole-tool-arguments is a note on a pass, not a failure (B4)', () => {
    const check = results.get('whole-tool-arguments')!.checks.find((c) => c.id === 'tools.stream-incremental')!;
    expect(check.status).toBe('pass');
    expect(check.evidence.note).toMatchInlineSnapshot(
      `"arguments arrived whole in one chunk for 2 call(s): clients see no partial arguments"`,
    );
  });
});
