// The full default suite against the three npm mock servers of issue 9 (tests/fixtures/npm-peers): every check
// that does not pass must have the status npm-peers-table.ts pins, with a reviewed reason; anything else passes
// (a pass pinned there is one reviewed as false). Each runs in a child process on 127.0.0.1; a request that hangs
// costs REQUEST_TIMEOUT_MS at most.
// UPDATE_TABLES=1 npx vitest run tests/integration/npm-peers.test.ts rewrites the table from the runs.
import { beforeAll, describe } from 'vitest';
import { runConform, type Results } from '../../suites/index.ts';
import { NPM_PEERS, type NpmPeerName } from '../fixtures/npm-peers/index.ts';
import { NPM_PEERS_TABLE } from './npm-peers-table.ts';
import { pinnedTableTests } from './helpers/pinned-table-tests.ts';

const NAMES = Object.keys(NPM_PEERS) as NpmPeerName[];
const REQUEST_TIMEOUT_MS = 5_000;
const results = new Map<string, Results>();

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
}, 120_000);

describe('the full suite against the npm peers', () => {
  pinnedTableTests({
    target: 'peer',
    names: NAMES,
    pinned: NPM_PEERS_TABLE,
    file: new URL('./npm-peers-table.ts', import.meta.url),
    exportName: 'NPM_PEERS_TABLE',
    results,
  });
});
