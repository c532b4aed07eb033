// One naming rule (README.md): a check file is named for its rule family in kebab-case, never `checks.ts` or
// `<family>-checks.ts`, so a newcomer finds a rule by its family and every folder reads the same way.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const KEBAB_TS = /^[a-z0-9]+(-[a-z0-9]+)*(\.test)?\.ts$/;
const CHECKS_SUFFIX = /(^|-)checks(\.test)?\.ts$/;

/** why a TypeScript file name breaks the rule, or undefined when it follows it */
function namingProblem(name: string): string | undefined {
  if (!name.endsWith('.ts')) return undefined;
  if (CHECKS_SUFFIX.test(name)) return 'named "checks": name it for its rule family (chat/limits.ts, tools/calls.ts)';
  if (!KEBAB_TS.test(name)) return 'not kebab-case';
  return undefined;
}

describe('check file names', () => {
  it('reject checks.ts, *-checks.ts and names that are not kebab-case', () => {
    expect(['checks.ts', 'call-checks.ts', 'checks.test.ts', 'grid-checks.test.ts', 'roundTrip.ts'].map(namingProblem))
      .toMatchInlineSnapshot(`
      [
        "named "checks": name it for its rule family (chat/limits.ts, tools/calls.ts)",
        "named "checks": name it for its rule family (chat/limits.ts, tools/calls.ts)",
        "named "checks": name it for its rule family (chat/limits.ts, tools/calls.ts)",
        "named "checks": name it for its rule family (chat/limits.ts, tools/calls.ts)",
        "not kebab-case",
      ]
    `);
    expect(['calls.ts', 'round-trip.test.ts', 'json-object.ts', 'README.md'].map(namingProblem)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('follow the rule everywhere under suites/checks', () => {
    const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' });
    const bad = files.flatMap((f) => {
      const problem = namingProblem(f.split(/[\\/]/).at(-1)!);
      return problem ? [`${f}: ${problem}`] : [];
    });
    expect(bad).toEqual([]);
  });
});
