// Declarations: tsc emits .d.ts beside the ESM files; each gets its specifiers pointed at .js, and a .d.cts copy
// pointed at .cjs sits beside the CommonJS files, so `require` consumers get CommonJS types (no TS1479).
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { rewriteSpecifiers } from './rewrite-specifiers.ts';

const run = promisify(execFile);

export async function emitTypes(root: string, entries: string[], esmDir: string, cjsDir: string): Promise<void> {
  const tmp = join(root, 'dist', '.types');
  const tsconfig = join(root, 'dist', 'tsconfig.types.json');
  await mkdir(dirname(tsconfig), { recursive: true });
  await writeFile(
    tsconfig,
    JSON.stringify({
      extends: '../tsconfig.json',
      compilerOptions: {
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        rootDir: '..',
        outDir: './.types',
        paths: {},
      },
      include: [],
      files: entries.map((e) => `../${e}`),
    }),
  );
  try {
    await run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', tsconfig], {
      cwd: root,
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`[conform] build: tsc could not emit declarations:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  for (const file of await walk(tmp)) {
    if (!file.endsWith('.d.ts')) continue;
    const rel = relative(tmp, file);
    const text = await readFile(file, 'utf8');
    const esm = join(root, esmDir, rel);
    const cjs = join(root, cjsDir, rel.replace(/\.d\.ts$/, '.d.cts'));
    await mkdir(dirname(esm), { recursive: true });
    await mkdir(dirname(cjs), { recursive: true });
    await writeFile(esm, rewriteSpecifiers(text, '.js'));
    await writeFile(cjs, rewriteSpecifiers(text, '.cjs'));
  }
  await rm(tmp, { recursive: true, force: true });
  await rm(tsconfig, { force: true });
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}
