// npm run build (and npm pack, through prepack): dist/esm (ESM + .d.ts), dist/cjs (CommonJS + .d.cts) and the
// compiled CLI, from the sources that package.json's exports name. The sources stay the truth: tests and the
// repo's own `npx conform` run them through tsx; only the packed package runs dist/.
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CJS_DIR, ESM_DIR, entriesOf } from './build/entries.ts';
import { emitJs, reachable } from './build/emit-js.ts';
import { emitTypes } from './build/emit-types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const entries = entriesOf(JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')));

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
const [esmFiles, cjsFiles] = await Promise.all([
  reachable(root, [...entries.library, entries.cli]),
  reachable(root, entries.library),
]);
await Promise.all([
  emitJs(root, esmFiles, 'esm', ESM_DIR),
  emitJs(root, cjsFiles, 'cjs', CJS_DIR),
  emitTypes(root, entries.library, ESM_DIR, CJS_DIR),
]);
console.log(
  `[conform] build: ${esmFiles.length} ESM and ${cjsFiles.length} CommonJS modules with declarations in dist/ (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
