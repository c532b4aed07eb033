// conform cases FILE: your app's cases (suites/cases) as checks of feature `cases`, run by the same engine as the
// suite; --with-suite adds the standard checks. The document is kept in results.json, so regrade rebuilds them.
import { allChecks, allProbes } from '../suites/checks/index.ts';
import { casesSuite, parseCases } from '../suites/cases/index.ts';
import type { Check, Results } from '../suites/engine/types.ts';
import type { ConformCases } from '../schemas/generated/cases.ts';
import type { CliArgs } from './args.ts';
import type { CliIo } from './cli.ts';
import { runCommand } from './commands.ts';
import { loadJson } from './load-json.ts';
import { UsageError } from './usage-error.ts';

const EXAMPLE = '{"cases": [{"name": "hello", "request": {"path": "/chat/completions", "body": {…}}}]}';

export async function casesCommand(args: CliArgs, io: CliIo): Promise<number> {
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1)
    throw new UsageError(
      '[conform] cases takes one cases file. Example: conform cases cases.json --base-url http://localhost:8000/v1 (record one with conform mock --record cases.json)',
    );
  const document = parseCases(await loadJson('cases', file, EXAMPLE), file);
  const suite = casesSuite(document, { file, model: args.run.model, embeddingModel: args.run.embeddingModel });
  const features = args.run.features && [...new Set([...args.run.features, 'cases' as const])];
  return runCommand(args, io, {
    features,
    checks: args.withSuite ? [...suite.checks, ...allChecks] : suite.checks,
    probes: [...suite.probes, ...allProbes],
    savedOptions: { cases: { file, withSuite: args.withSuite, document } },
  });
}

/** the checks a saved run graded: its cases (and the suite with --with-suite), else the suite */
export function savedChecks(saved: Results): Check[] | undefined {
  const cases = (saved.options as { cases?: { file: string; withSuite?: boolean; document: ConformCases } } | undefined)
    ?.cases;
  if (!cases) return undefined;
  // graders read the request's tools and stop, never its model: no --model to replay here
  const suite = casesSuite(parseCases(cases.document, cases.file), { file: cases.file });
  return cases.withSuite ? [...suite.checks, ...allChecks] : suite.checks;
}
