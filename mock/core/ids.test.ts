import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyFingerprint, requestId } from './ids.ts';

describe('ids', () => {
  it('request ids look like OpenAI ones', () => {
    expect(requestId()).toMatch(/^req_[0-9a-f]{32}$/);
    expect(requestId()).not.toBe(requestId());
  });

  it('fingerprints are stable, distinct and never contain the key', async () => {
    const key = 'sk-test-secret-123';
    const fp = await keyFingerprint(key);
    expect(keyFingerprint(key)).toBe(fp); // the second time from the cache, synchronously
    expect(await keyFingerprint('sk-test-secret-124')).not.toBe(fp);
    expect(fp).toMatch(/^key_[0-9a-f]{16}$/);
    expect(fp).not.toContain('secret');
    expect(keyFingerprint(undefined)).toBe('anonymous');
    expect(keyFingerprint('')).toBe('anonymous');
  });

  it('fingerprints cannot be recomputed from a guessed key without the process secret', async () => {
    const key = 'sk-guessable';
    const fp = (await keyFingerprint(key)).slice(4);
    const unsalted = [
      createHash('sha256').update(key).digest('hex').slice(0, 16),
      fnv1a64(key), // what the mock used before
    ];
    expect(unsalted).not.toContain(fp);
  });
});

function fnv1a64(key: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const unit of new TextEncoder().encode(key))
    hash = ((hash ^ BigInt(unit)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}
