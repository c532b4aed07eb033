import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePerf } from '../reports/internal/fixtures/sample-perf.ts';
import { perfIn, sameTarget } from './run-dir.ts';

describe('sameTarget', () => {
  it('the same base URL, whatever its trailing slash; the bundled mock whatever its port', () => {
    expect(sameTarget({ baseUrl: 'https://api.example.com/v1/' }, { baseUrl: 'https://API.example.com/v1' })).toBe(
      true,
    );
    expect(sameTarget({ baseUrl: 'https://a.example/v1' }, { baseUrl: 'https://b.example/v1' })).toBe(false);
    const mock = { baseUrl: 'http://127.0.0.1:40001/v1', label: 'bundled mock' };
    expect(sameTarget(mock, { baseUrl: 'http://127.0.0.1:40002/v1', label: 'bundled mock (demo profile)' })).toBe(true);
    expect(sameTarget(mock, {})).toBe(true); // a perf run about to start the bundled mock
    expect(sameTarget(mock, { baseUrl: 'http://127.0.0.1:40001/v1' })).toBe(false); // a server of the user's
    expect(sameTarget({ baseUrl: 'https://x.example/v1', label: 'bundled mock' }, {})).toBe(false);
  });
});

describe('perfIn', () => {
  it('reads a perf run of the same target only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conform-run-dir-'));
    expect(await perfIn(dir, {})).toBeUndefined();
    const perf = samplePerf();
    writeFileSync(join(dir, 'perf.json'), JSON.stringify(perf));
    expect(await perfIn(dir, perf.target)).toEqual(perf);
    expect(await perfIn(dir, { baseUrl: 'https://elsewhere.example/v1' })).toBeUndefined();
    writeFileSync(join(dir, 'perf.json'), '{"kind":"perf","schemaVersion":2}');
    expect(await perfIn(dir, perf.target)).toBeUndefined();
  });
});
