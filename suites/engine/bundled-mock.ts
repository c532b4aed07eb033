// With no --base-url, conform grades the bundled mock: started in-process on 127.0.0.1, closed after.
// Imported lazily so grading a real target never loads the mock.
export const MOCK_KEY = 'sk-conform-bundled-mock';

export interface BundledMock {
  url: string;
  close(): Promise<void>;
}

export async function startBundledMock(apiKey: string, extra: Record<string, unknown> = {}): Promise<BundledMock> {
  const { startMockServer } = await import('../../mock/server/index.ts');
  // the mock checks keys, so the error checks can see a real 401 for a wrong one
  return startMockServer({ port: 0, apiKeys: [apiKey], ...extra });
}

/**
 * --burst against the bundled mock: the burst probe goes to a second instance whose limit is below the burst
 * (20 parallel requests), so it meets real 429s. One limit cannot both admit the run's ~70 metered requests and
 * refuse a burst of 20, whatever the timing. The SDK then waits 60 s / BURST_RPM = 4 s for its retry.
 */
export const BURST_RPM = 15;
