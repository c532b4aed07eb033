// The README shows the examples the package tests run, verbatim: each block marked `<!-- file: PATH -->` is that
// file; its install commands name what those tests install; its workflow passes only inputs action.yml has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readAction } from './internal/action-yaml.ts';
import { ROOT } from './internal/package-paths.ts';
import { JEST, SETUPS } from './internal/package-setups.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const names = (packages: string[]) => packages.map((p) => p.replace(/(?<=.)@[^@/]*$/, '')).sort();

it('every marked block is its file, byte for byte', () => {
  const blocks = [...readme.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)```\n/g)].map(([, path, body]) => ({
    path,
    body,
  }));
  expect(blocks.map((b) => b.path)).toEqual(
    expect.arrayContaining([
      'examples/vitest-fetch/test/summarize.test.ts',
      'examples/vitest-msw/test/setup.ts',
      'examples/jest/test/summarize.test.ts',
      'examples/github-workflow.yml',
    ]),
  );
  expect(blocks.filter((b) => b.body !== read(b.path)).map((b) => b.path)).toEqual([]);
  // the jest section shows no src/summarize.ts: it says it is the vitest example's
  expect(read('examples/jest/src/summarize.ts')).toBe(read('examples/vitest-fetch/src/summarize.ts'));
});

it('the install commands name what the package tests install', () => {
  const commands = [...readme.matchAll(/^npm install --save-dev openai-conform (.+)$/gm)]
    .map(([, rest]) => rest.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((rest) => rest.split(/\s+/).sort());
  const jest = commands.find((c) => c.includes('jest'));
  expect(jest).toEqual(names(JEST.packages));
  for (const c of commands.filter((c) => c !== jest))
    for (const s of SETUPS) expect(names(s.spec.packages)).toEqual(expect.arrayContaining(c));
  expect(commands).toHaveLength(3);
});

it('the workflow passes only inputs the action has', () => {
  const workflow = read('examples/github-workflow.yml');
  const uses = workflow.split('\n').findIndex((l) => /uses: your-org\/openai-conform@/.test(l));
  const given = workflow
    .split('\n')
    .slice(uses + 2)
    .map((l) => /^ {10}([\w-]+):/.exec(l)?.[1])
    .filter((k): k is string => k !== undefined);
  expect(given.length).toBeGreaterThan(3);
  expect(given.filter((k) => !(k in readAction(read('action.yml')).inputs))).toEqual([]);
});
