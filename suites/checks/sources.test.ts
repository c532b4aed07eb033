// Every check cites where its rule comes from through the helpers, at a version that cannot change under it.
import { describe, expect, it } from 'vitest';
import { allChecks } from './index.ts';

const PINNED_GITHUB = /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/([0-9a-f]{40}|v\d+\.\d+\.\d+)\//;
const DOCS = /^https:\/\/platform\.openai\.com\/docs\//; // OpenAI's guides have no versions to pin

describe('check sources', () => {
  it('are GitHub files pinned to a commit or a release tag, or OpenAI guide pages', () => {
    const unpinned = allChecks
      .filter((c) => !c.source.url || !(PINNED_GITHUB.test(c.source.url) || DOCS.test(c.source.url)))
      .map((c) => `${c.id}: ${c.source.url}`);
    expect(unpinned).toEqual([]);
  });

  it('say what kind of source they are', () => {
    const unknown = allChecks
      .filter(
        (c) => !/^(spec|openai-node \d+\.\d+\.\d+|guide|reference A\d+|observed OpenAI behaviour): /.test(c.source.ref),
      )
      .map((c) => `${c.id}: ${c.source.ref}`);
    expect(unknown).toEqual([]);
  });
});
