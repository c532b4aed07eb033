// The suite's self-test: for every quirk and provider profile of the bundled mock, the FULL suite (all features,
// default options) must fail exactly the checks quirks-table.ts pins, with those statuses, and nothing else.
// A quirk nothing fails reproduces nothing; a check failing outside the table is a check too strict or a quirk too
// broad. The runs are independent (one mock each), so they go in parallel.
// UPDATE_TABLES=1 npx vitest run tests/integration/quirks-self-test.test.ts rewrites the table from the runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_PROFILES, QUIRK_NAMES } from '../../mock/core/quirks/index.ts';
import type { Results } from '../../suites/index.ts';
import { pinnedTableTests } from './helpers/pinned-table-tests.ts';
import { runAgainstMock } from './helpers/run-against-mock.ts';
import { NO_FAILURE, OPT_IN_SKIPS, QUIRKS_TABLE } from './quirks-table.ts';

const PROFILES = Object.keys(PROVIDER_PROFILES) as Array<keyof typeof PROVIDER_PROFILES>;
const NAMES = [...QUIRK_NAMES, ...PROFILES];
const PARALLEL = 8;

/** every run as it came; `graded` is the same without the opt-in skips, which every run has (tested below) */
const runs = new Map<string, Results>();
const graded = new Map<string, Results>();
beforeAll(async () => {
  const queue = ['none', ...NAMES];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const r = await runAgainstMock({ quirks: name === 'none' ? [] : [name as never] });
      runs.set(name, r);
      graded.set(name, { ...r, checks: r.checks.filter((c) => !OPT_IN_SKIPS.includes(c.id)) });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}, 300_000);

const failing = (name: string) => Object.keys(QUIRKS_TABLE[name] ?? {});

describe('the full suite against each quirk and profile of the bundled mock', () => {
  pinnedTableTests({
    target: 'quirk or profile',
    names: NAMES,
    pinned: QUIRKS_TABLE,
    file: new URL('./quirks-table.ts', import.meta.url),
    exportName: 'QUIRKS_TABLE',
    results: graded,
  });

  it('without quirks, every check passes but the opt-in ones', () => {
    expect(graded.get('none')!.checks.filter((c) => c.status !== 'pass')).toEqual([]);
  });

  it('no check errors under any quirk', () => {
    const errors = [...runs].flatMap(([name, r]) =>
      r.checks.filter((c) => c.status === 'error').map((c) => `${name} ${c.id}: ${c.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('makes every quirk fail, warn or be unsupported by at least one check, except the documented valid ones', () => {
    const grave = new Set(['fail', 'warn', 'unsupported']);
    const silent = QUIRK_NAMES.filter((n) => !Object.values(QUIRKS_TABLE[n] ?? {}).some(([s]) => grave.has(s)));
    expect(silent.sort()).toEqual(Object.keys(NO_FAILURE).sort());
  });

  it('a profile affects exactly the checks its quirks affect (statuses may differ where quirks interact)', () => {
    for (const name of PROFILES) {
      const ofQuirks = new Set(PROVIDER_PROFILES[name].quirks.flatMap(failing));
      expect(failing(name).sort(), name).toEqual([...ofQuirks].sort());
    }
  });

  it('skips only the opt-in burst checks, in every run', () => {
    for (const [name, r] of runs) {
      const skipped = r.checks.filter((c) => c.status === 'skip').map((c) => c.id);
      expect(skipped, name).toEqual(OPT_IN_SKIPS);
    }
  });

  it('whole-tool-arguments is a note on a pass, not a failure (B4)', () => {
    const check = runs.get('whole-tool-arguments')!.checks.find((c) => c.id === 'tools.stream-incremental')!;
    expect(check.status).toBe('pass');
    expect(check.evidence.note).toMatchInlineSnapshot(
      `"arguments arrived whole in one chunk for 2 call(s): clients see no partial arguments"`,
    );
  });
});
