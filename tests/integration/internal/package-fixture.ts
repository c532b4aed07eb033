// The package as users get it: `npm pack` (which builds, through prepack) once per state of the sources, and
// consumer projects that install the tarball with their own dependencies, once per tarball and dependency list.
// Both are keyed by content, so a rerun with nothing changed reuses them and any change gets fresh ones.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from './package-lock.ts';
import { NPM_CACHE, ROOT, WORK } from './package-paths.ts';
import { consumerEnv, run } from './package-run.ts';

/** what a package test needs to build a project: a folder to copy (an example) and what to npm install besides the tarball */
export interface ProjectSpec {
  name: string;
  /** copied into the project first, e.g. examples/jest; without it the project is an empty ESM package */
  from?: string;
  /** more folders copied into subfolders: { 'fetch-example': 'examples/vitest-fetch' } */
  extra?: Record<string, string>;
  packages: string[];
}

let tarball: Promise<string> | undefined;

/** the packed tarball of the current sources */
export function packed(): Promise<string> {
  tarball ??= (async () => {
    const dir = join(WORK, 'packs', await sourceHash());
    await once(dir, async () => {
      await prune(join(WORK, 'packs'), '');
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      const r = await run('npm', ['pack', '--pack-destination', dir, '--loglevel=error'], {
        cwd: ROOT,
        env: consumerEnv({}, true),
        timeoutMs: 300_000,
      });
      if (r.code !== 0) throw new Error(`[conform] package tests: npm pack failed (${r.code}):\n${r.stderr}`);
    });
    const files = (await readdir(dir)).filter((f) => f.endsWith('.tgz'));
    if (files.length !== 1)
      throw new Error(`[conform] package tests: expected one tarball in ${dir}, found ${JSON.stringify(files)}`);
    return join(dir, files[0]);
  })();
  return tarball;
}

/** a consumer project with the tarball and spec.packages installed; its directory */
export async function project(spec: ProjectSpec): Promise<string> {
  const tgz = await packed();
  const key = createHash('sha256')
    .update(JSON.stringify([tgz, spec]))
    .update(await folderHash([spec.from, ...Object.values(spec.extra ?? {})]))
    .digest('hex')
    .slice(0, 16);
  const dir = join(WORK, 'projects', `${spec.name}-${key}`);
  await once(dir, async () => {
    await prune(join(WORK, 'projects'), `${spec.name}-`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    if (spec.from) await cp(join(ROOT, spec.from), dir, { recursive: true });
    else
      await writeFile(
        join(dir, 'package.json'),
        JSON.stringify({ name: spec.name, private: true, type: 'module' }, null, 2),
      );
    for (const [sub, from] of Object.entries(spec.extra ?? {}))
      await cp(join(ROOT, from), join(dir, sub), { recursive: true });
    const args = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tgz, ...spec.packages];
    const r = await run('npm', args, {
      cwd: dir,
      env: consumerEnv({ npm_config_cache: NPM_CACHE }, true),
      timeoutMs: 300_000,
    });
    if (r.code !== 0)
      throw new Error(`[conform] package tests: npm ${args.join(' ')} failed in ${dir} (${r.code}):\n${r.stderr}`);
  });
  return dir;
}

const STALE_MS = 24 * 3_600_000;

/** removes what earlier states left (each state gets its own directory), once nothing has used it for a day */
async function prune(parent: string, prefix: string): Promise<void> {
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !name.endsWith('.done')) continue;
    const done = join(parent, name);
    if (Date.now() - (await stat(done)).mtimeMs < STALE_MS) continue;
    await rm(done.slice(0, -'.done'.length), { recursive: true, force: true });
    await rm(done, { force: true });
  }
}

/** the sources that go into the package: everything tracked or new, but tests, examples and CI */
async function sourceHash(): Promise<string> {
  const r = await run('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, env: process.env });
  if (r.code !== 0 || !r.stdout)
    throw new Error(
      `[conform] package tests: git ls-files failed in ${ROOT}; the package tests need a git checkout (${r.stderr.trim()})`,
    );
  const files = r.stdout
    .split('\n')
    .filter((f) => f && !/^(tests|examples|\.ci)\/|\.test\.ts$/.test(f))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(await readFile(join(ROOT, f)).catch(() => Buffer.alloc(0)));
  return hash.digest('hex').slice(0, 16);
}

async function folderHash(folders: Array<string | undefined>): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of folders) {
    if (!folder) continue;
    const entries = await readdir(join(ROOT, folder), { recursive: true, withFileTypes: true });
    for (const path of entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort())
      hash.update(path).update(await readFile(path));
  }
  return hash.digest('hex');
}
