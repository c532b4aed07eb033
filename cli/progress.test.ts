import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.ts';

const events = (p: ReturnType<typeof createProgress>) => {
  p.onProgress({ type: 'planned', planned: 5, probes: 2, checks: 3, propertyRuns: 6 });
  p.onProgress({ type: 'probe', id: 'a', done: 1, total: 2, requests: 3 });
  p.onProgress({ type: 'probe', id: 'b', done: 2, total: 2, requests: 5, failure: 'timed out' });
  p.onProgress({ type: 'done', requests: 5, durationMs: 10 });
};

describe('progress', () => {
  it('updates one line on a TTY and clears it at the end', () => {
    let out = '';
    events(createProgress({ write: (t) => void (out += t), tty: true }, 'normal'));
    expect(JSON.stringify(out)).toMatchInlineSnapshot(
      `""[conform] planned 5 requests (preflight included) for 2 probes and 3 checks\\n\\r\\u001b[2K[conform] 1/2 probes · 3 requests\\r\\u001b[2K[conform] 2/2 probes · 5 requests\\r\\u001b[2K""`,
    );
  });

  it('prints plain lines only when not a TTY, one per probe with --verbose, nothing with --quiet', () => {
    let plain = '';
    events(createProgress({ write: (t) => void (plain += t), tty: false }, 'normal'));
    expect(plain).toBe('[conform] planned 5 requests (preflight included) for 2 probes and 3 checks\n');
    let verbose = '';
    events(createProgress({ write: (t) => void (verbose += t), tty: true }, 'verbose'));
    expect(verbose.split('\n').slice(1, 3)).toEqual(['[conform] 1/2 a', '[conform] 2/2 b — timed out']);
    let quiet = '';
    events(createProgress({ write: (t) => void (quiet += t), tty: true }, 'quiet'));
    expect(quiet).toBe('');
  });

  it('shows control characters from the target instead of running them', () => {
    let out = '';
    const p = createProgress({ write: (t) => void (out += t), tty: false }, 'verbose');
    p.onProgress({ type: 'preflight', ok: false, message: 'bad\u001b]0;owned\u0007\r\nfake', models: 0 });
    expect(out).toBe('[conform] preflight failed: bad\\u001b]0;owned\\u0007\\u000d\\u000afake\n');
  });
});
