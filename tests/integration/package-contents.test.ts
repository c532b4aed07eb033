// What the packed tarball holds: the compiled package, its licence and docs, nothing of the repository's tests,
// sources or CI; every export and the bin resolve to a file in it; what installs with it is what runs.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { packed } from './internal/package-fixture.ts';

const exec = promisify(execFile);
let files: string[];
let manifest: {
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, Record<string, string>>>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};
let tgz: string;

beforeAll(async () => {
  tgz = await packed();
  files = (await exec('tar', ['-tzf', tgz])).stdout
    .trim()
    .split('\n')
    .map((f) => f.replace(/^package\//, ''));
  manifest = JSON.parse((await exec('tar', ['-xzOf', tgz, 'package/package.json'])).stdout);
}, 600_000);

it('holds dist/, the bin, the licence, the docs and the schemas of the files users write or read, and nothing else', () => {
  expect(files.filter((f) => !f.startsWith('dist/')).sort()).toEqual([
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'cli/conform.js',
    'package.json',
    'schemas/cases.schema.json',
    'schemas/perf.schema.json',
    'schemas/results.schema.json',
  ]);
  expect(files.filter((f) => /\.test\.|(?<!\.d)\.c?ts$|\.map$/.test(f))).toEqual([]);
  expect(
    files.filter((f) => f.startsWith('dist/') && !/^dist\/(esm\/.+\.(js|d\.ts)|cjs\/.+\.(cjs|d\.cts))$/.test(f)),
  ).toEqual([]);
});

it('every export condition and the bin point at a file in it', async () => {
  const targets = Object.values(manifest.exports).flatMap((t) =>
    typeof t === 'string' ? [t] : Object.values(t).flatMap((c) => Object.values(c)),
  );
  expect(targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !files.includes(t))).toEqual([]);
  expect(Object.keys(manifest.exports)).toEqual([
    '.',
    './mock',
    './mock/msw',
    './mock/server',
    './schemas',
    './package.json',
  ]);
  const bin = manifest.bin.conform.replace(/^\.\//, '');
  expect((await exec('tar', ['-xzOf', tgz, `package/${bin}`])).stdout).toMatch(/^#!\/usr\/bin\/env node\n/);
});

it('depends on what the mock and the CLI run, and on msw only as an optional peer', () => {
  expect(Object.keys(manifest.dependencies).sort()).toEqual(['fast-check', 'openai', 'zod']);
  expect(manifest.peerDependencies).toEqual({ msw: '^2.0.0 || ^3.0.0' });
  expect(manifest.peerDependenciesMeta).toEqual({ msw: { optional: true } });
});

it("the repository's own paths for its package name match the exports (tests import the sources by name)", () => {
  const tsconfig = JSON.parse(readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const fromExports = Object.fromEntries(
    Object.entries(manifest.exports)
      .filter(([key]) => key !== './package.json')
      .map(([key, t]) => [
        `openai-conform${key.slice(1)}`,
        [
          (t as Record<string, Record<string, string>>).import.default
            .replace('./dist/esm/', './')
            .replace(/\.js$/, '.ts'),
        ],
      ]),
  );
  expect(tsconfig.compilerOptions.paths).toEqual(fromExports);
});
