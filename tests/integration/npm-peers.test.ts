// The full default suite against the three npm mock servers of issue 9 (tests/fixtures/npm-peers): every check
// that does not pass must have the status npm-peers-table.ts pins, with a reviewed reason; anything else passes
// (a pass pinned there is one reviewed as false). Each runs in a child process on 127.0.0.1; a request that hangs
// costs REQUEST_TIMEOUT_MS at most.
// UPDATE_TABLES=1 npx vitest run tests/integration/npm-peers.test.ts rewrites the table from the runs.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConform, type Results } from '../../suites/index.ts';
import { NPM_PEERS, type NpmPeerName } from '../fixtures/npm-peers/index.ts';
import { NPM_PEERS_TABLE } from './npm-peers-table.ts';
import {
  entriesMarked,
  observed,
  statusesOf,
  TODO,
  UPDATE,
  updatedRow,
  writeTable,
  type PinnedTable,
} from './helpers/pinned-table.ts';

const NAMES = Object.keys(NPM_PEERS) as NpmPeerName[];
const REQUEST_TIMEOUT_MS = 5_000;
const results = new Map<string, Results>();
let table: PinnedTable = NPM_PEERS_TABLE;

beforeAll(async () => {
  // settled, not all: a peer that fails to start must not leave the others running
  const runs = await Promise.allSettled(
    NAMES.map(async (name) => {
      const peer = await NPM_PEERS[name]();
      try {
        results.set(
          name,
          await runConform({
            baseUrl: peer.url,
            apiKey: 'sk-conform-npm-peer',
            label: name,
            timeoutMs: REQUEST_TIMEOUT_MS,
          }),
        );
      } finally {
        await peer.close();
      }
    }),
  );
  for (const run of runs) if (run.status === 'rejected') throw run.reason;
  if (UPDATE) table = Object.fromEntries(NAMES.map((n) => [n, updatedRow(NPM_PEERS_TABLE[n], results.get(n)!)]));
}, 120_000);

afterAll(async () => {
  if (UPDATE)
    await writeTable(fileURLToPath(new URL('./npm-peers-table.ts', import.meta.url)), 'NPM_PEERS_TABLE', table);
});

describe('the full suite against the npm peers', () => {
  it('has a row for every peer', () => {
    expect(Object.keys(table).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s: every check not passing, and every pinned one, has its pinned status', (name) => {
    const seen = observed(results.get(name)!, table[name]);
    expect(seen).toEqual(statusesOf(table[name], seen));
  });

  it(`has no entry left to review ("${TODO}")`, () => {
    expect(entriesMarked(table, TODO)).toEqual([]);
  });

  it('pins no verdict reviewed as false ("FALSE:", "KNOWN FALSE:"): each is a check to fix', () => {
    expect([...entriesMarked(table, 'FALSE:'), ...entriesMarked(table, 'KNOWN FALSE:')]).toEqual([]);
  });
});
