// Real runs for the report tests: conform against the bundled mock, with or without quirk profiles.
import type { QuirkName } from '../../mock/core/types.ts';
import { startMockServer, type MockServer } from '../../mock/server/index.ts';
import type { Results } from '../../reports/index.ts';
import { runConform } from '../../suites/index.ts';

/** A run against a mock server of its own with `quirks` on. */
export async function mockRun(quirks: QuirkName[], label: string, startedAt?: string): Promise<Results> {
  const server = await startMockServer({ quirks });
  try {
    return await runAgainst(server, { quirks: [], label, startedAt });
  } finally {
    await server.close();
  }
}

/**
 * A run against a running mock, quirks asked per request (header x-conform-quirks): several runs of the SAME
 * target (same base URL and model), as a provider that changed between two runs would be.
 */
export async function runAgainst(
  server: MockServer,
  o: { quirks: QuirkName[]; label: string; startedAt?: string },
): Promise<Results> {
  const headers: Record<string, string> = o.quirks.length > 0 ? { 'x-conform-quirks': o.quirks.join(',') } : {};
  const results = await runConform({ baseUrl: server.url, apiKey: 'sk-test-report', label: o.label, headers });
  // comparisons order runs by startedAt; tests pin it so "earlier" is deterministic
  if (o.startedAt !== undefined) results.startedAt = o.startedAt;
  return results;
}
