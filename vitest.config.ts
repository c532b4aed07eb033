import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{suites,mock,schemas,reports,cli,scripts}/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
