import { describe, expect, it } from 'vitest';
import { keyFingerprint, requestId } from './ids.ts';

describe('ids', () => {
  it('request ids look like OpenAI ones', () => {
    expect(requestId()).toMatch(/^req_[0-9a-f]{32}$/);
    expect(requestId()).not.toBe(requestId());
  });

  it('fingerprints are stable, distinct and never contain the key', () => {
    const key = 'sk-test-secret-123';
    expect(keyFingerprint(key)).toBe(keyFingerprint(key));
    expect(keyFingerprint(key)).not.toBe(keyFingerprint('sk-test-secret-124'));
    expect(keyFingerprint(key)).toMatch(/^key_[0-9a-f]{16}$/);
    expect(keyFingerprint(key)).not.toContain('secret');
    expect(keyFingerprint(undefined)).toBe('anonymous');
    expect(keyFingerprint('')).toBe('anonymous');
  });
});
