// The self-test helper works: a clean mock passes a feature's checks, a quirk profile breaks exactly its checks.
import { describe, expect, it } from 'vitest';
import { notPassing, runAgainstMock } from './helpers/run-against-mock.ts';

describe('runAgainstMock', () => {
  it('turns a quirk on for the whole run, so its checks fail and the clean run stays clean', async () => {
    const clean = await runAgainstMock({ features: ['streaming'] });
    const quirky = await runAgainstMock({ features: ['streaming'], quirks: ['no-done'] });
    expect(notPassing(clean, ['fail', 'error', 'untestable'])).toEqual([]);
    const broken = notPassing(quirky, ['fail', 'error', 'untestable']);
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((id) => id.startsWith('streaming.'))).toBe(true);
  });
});
