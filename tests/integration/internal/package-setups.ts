// The consumer projects of the vitest, MSW and TypeScript tests: one install (the README's command) shared by the
// README's two vitest examples, the trap and the type-check fixtures, each in a folder of its own so each finds
// its own vitest config or none. Node 20 gets openai 6 and msw 2; Node 22 openai 7 and msw 3, which need it.
import type { ProjectSpec } from './package-fixture.ts';

export interface Setup {
  node: 20 | 22;
  openai: number;
  msw: number;
  spec: ProjectSpec;
}

const extra = {
  'msw-example': 'examples/vitest-msw',
  'fetch-example': 'examples/vitest-fetch',
  leak: 'tests/fixtures/package/leak',
  types: 'tests/fixtures/package/types',
};

export const SETUPS: Setup[] = [
  {
    node: 20,
    openai: 6,
    msw: 2,
    spec: {
      name: 'vitest-node20',
      extra,
      packages: ['openai@6', 'msw@2', 'vitest@4', 'typescript@5.9', '@types/node@20'],
    },
  },
  {
    node: 22,
    openai: 7,
    msw: 3,
    spec: {
      name: 'vitest-node22',
      extra,
      packages: ['openai@7', 'msw@3', 'vitest@4', 'typescript@5.9', '@types/node@22'],
    },
  },
];

/** the README's jest recipe: examples/jest with the README's install command */
export const JEST: ProjectSpec = {
  name: 'jest',
  from: 'examples/jest',
  packages: ['openai@6', 'jest@30', 'ts-jest@29', 'typescript@5.9', '@types/jest@30'],
};
