// Real runs for the report tests: conform against the bundled mock, with or without quirk profiles.
import type { QuirkName } from '../../mock/core/types.ts';
import { startMockServer } from '../../mock/server/index.ts';
import type { Results } from '../../reports/index.ts';
import { runConform } from '../../suites/index.ts';

export async function mockRun(quirks: QuirkName[], label: string, startedAt?: string): Promise<Results> {
  const server = await startMockServer({ quirks });
  try {
    const results = await runConform({ baseUrl: server.url, apiKey: 'sk-test-report', label });
    // comparisons order runs by startedAt; tests pin it so "earlier" is deterministic
    if (startedAt !== undefined) results.startedAt = startedAt;
    return results;
  } finally {
    await server.close();
  }
}
