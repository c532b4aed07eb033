// A seeded property run is reproducible: same requests, same verdicts, twice; another seed sends other requests.
// A failing property names its smallest (shrunk) case as a curl command without the key.
import { describe, expect, it } from 'vitest';
import { runConform } from '../../suites/index.ts';

const PROBES = ['properties.valid-requests', 'properties.invalid-requests'];

async function run(seed: number, quirks: string[] = []) {
  const results = await runConform({ features: ['properties'], seed, mock: { quirks } });
  const bodies = PROBES.flatMap((p) => results.transcripts?.[p]?.exchanges.map((e) => e.request.body) ?? []);
  // each run starts its own mock on an ephemeral port: the curl commands differ by that port only
  const verdicts = results.checks.map((c) =>
    `${c.id} ${c.status} ${c.message}`.replaceAll(results.target.baseUrl, '$BASE_URL'),
  );
  return { results, bodies, verdicts };
}

describe('seeded property runs against the bundled mock', () => {
  it('send the same requests and reach the same verdicts twice', async () => {
    const a = await run(7);
    const b = await run(7);
    expect(a.bodies.length).toBeGreaterThan(0);
    expect(a.bodies.length).toBe(a.results.transcripts!['properties.valid-requests'].exchanges.length * 2);
    expect(b.bodies).toEqual(a.bodies);
    expect(b.verdicts).toEqual(a.verdicts);
    const other = await run(8);
    expect(other.bodies).not.toEqual(a.bodies);
  }, 60_000);

  it('reproduce a failure the same way, shrunk, as curl with the key redacted', async () => {
    const a = await run(42, ['n-unsupported']);
    const b = await run(42, ['n-unsupported']);
    expect(b.verdicts).toEqual(a.verdicts);
    const check = a.results.checks.find((c) => c.id === 'properties.valid-accepted')!;
    expect(check.status).toBe('fail');
    expect(check.message).toContain('-H "Authorization: Bearer $OPENAI_API_KEY"');
    expect(check.message).toMatch(/Smallest: shrink-\d+, shrunk from case-\d+/);
  }, 60_000);
});
