import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

// tests import the package by its own name and get the sources: each export's dist/esm/X.js is X.ts here
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  name: string;
  exports: Record<string, { import?: { default: string } }>;
};
const alias = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.import)
  .map(([key, target]) => ({
    find: new RegExp(`^${(pkg.name + key.slice(1)).replace(/[/.]/g, '\\$&')}$`),
    replacement: fileURLToPath(
      new URL(target.import!.default.replace('./dist/esm/', './').replace(/\.js$/, '.ts'), import.meta.url),
    ),
  }));

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['{suites,mock,schemas,reports,cli,scripts}/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/fixtures/**'], // consumer projects' tests, run by the package tests
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
