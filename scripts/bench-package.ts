// npm run bench, second part: the packed package as users run it. Packs (which builds), unpacks into a throwaway
// project whose dependencies link to this repository's, and measures, each as a ratio taken in the same run:
// SDK calls/s through createMockFetch() and through MSW, both against a constant-JSON fetch; the time to import
// openai-conform/mock against importing openai alone; `conform --version` against `node -e 0`. Also the install
// size: the tarball unpacked plus its dependencies.
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HERE = fileURLToPath(new URL('./bench-package/', import.meta.url));
const ROUNDS = 7;
const ROUND_MS = 1_000;
const WARMUP_MS = 1_500;
const SPAWNS = 15; // alternating process launches per timed command

const app = await mkdtemp(join(tmpdir(), 'conform-bench-package-'));
try {
  const { tarball, unpacked } = await install(app);
  console.log(`[conform] bench (package): ${tarball}, installed in a throwaway project\n`);

  const sdk = JSON.parse(
    (
      await exec(process.execPath, [join(app, 'sdk-calls.mjs'), String(ROUND_MS), String(ROUNDS), String(WARMUP_MS)], {
        cwd: app,
        maxBuffer: 1 << 20,
      })
    ).stdout,
  ) as {
    rounds: Array<{ constant: number; mockFetch: number; msw: number }>;
  };
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
  const fetchRatios = sdk.rounds.map((r) => r.mockFetch / r.constant);
  const mswRatios = sdk.rounds.map((r) => r.msw / r.constant);
  const calls = (k: 'constant' | 'mockFetch' | 'msw') => med(sdk.rounds.map((r) => r[k])).toFixed(0);
  console.log(
    `in-process SDK calls/s (sequential chat completions, median of ${ROUNDS} alternating rounds of ${ROUND_MS} ms):`,
  );
  console.log(
    `  constant-JSON fetch ${calls('constant')}/s, createMockFetch ${calls('mockFetch')}/s, MSW + createMockHandlers ${calls('msw')}/s`,
  );
  console.log(
    `  createMockFetch / constant: ${med(fetchRatios).toFixed(2)} (target ≥ 0.5) ${med(fetchRatios) >= 0.5 ? 'OK' : 'BELOW TARGET'}; range ${range(fetchRatios)}`,
  );
  console.log(`  MSW / constant: ${med(mswRatios).toFixed(2)}; range ${range(mswRatios)}`);

  const imports = await alternate([() => timedImport(app, 'openai-conform/mock'), () => timedImport(app, 'openai')]);
  const importRatios = imports[0].map((m, i) => m / imports[1][i]);
  console.log(
    `\nimport in a fresh process: openai-conform/mock ${med(imports[0]).toFixed(0)} ms, openai ${med(imports[1]).toFixed(0)} ms; ratio ${med(importRatios).toFixed(2)} (median of ${SPAWNS}, range ${range(importRatios)})`,
  );

  const bin = join(app, 'node_modules', 'openai-conform', 'cli', 'conform.js');
  const walls = await alternate([() => wall([bin, '--version'], app), () => wall(['-e', '0'], app)]);
  const wallRatios = walls[0].map((v, i) => v / walls[1][i]);
  console.log(
    `conform --version ${med(walls[0]).toFixed(0)} ms, node -e 0 ${med(walls[1]).toFixed(0)} ms: ${med(wallRatios).toFixed(2)}× (target ≤ 2×) ${med(wallRatios) <= 2 ? 'OK' : 'ABOVE TARGET'}; range ${range(wallRatios)}`,
  );

  const deps = await dependencySize(['openai', 'zod', 'fast-check']);
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  console.log(
    `\ninstall size: ${mb(unpacked + deps.bytes)} (openai-conform ${mb(unpacked)}, dependencies ${deps.names.join(', ')} ${mb(deps.bytes)}); msw, tsx, esbuild and typescript are not installed with it`,
  );
} finally {
  await rm(app, { recursive: true, force: true });
}

/** npm pack, unpack into app/node_modules/openai-conform, link every other package to this repository's node_modules */
async function install(dir: string): Promise<{ tarball: string; unpacked: number }> {
  const packs = join(dir, 'packs');
  await mkdir(packs);
  await exec('npm', ['run', 'build', '--silent'], { cwd: ROOT });
  const [info] = JSON.parse(
    (
      await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packs], {
        cwd: ROOT,
        maxBuffer: 64 << 20,
      })
    ).stdout,
  ) as Array<{ filename: string; unpackedSize: number }>;
  const modules = join(dir, 'node_modules');
  await mkdir(join(modules, 'openai-conform'), { recursive: true });
  await exec('tar', [
    '-xzf',
    join(packs, info.filename),
    '-C',
    join(modules, 'openai-conform'),
    '--strip-components=1',
  ]);
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (name.startsWith('.') || name === 'openai-conform') continue;
    await symlink(join(ROOT, 'node_modules', name), join(modules, name));
  }
  // copies, not links: a bare import resolves from the file's real location
  for (const f of ['sdk-calls.mjs', 'import-time.mjs']) await copyFile(join(HERE, f), join(dir, f));
  return { tarball: info.filename, unpacked: info.unpackedSize };
}

function timedImport(cwd: string, specifier: string): Promise<number> {
  return exec(process.execPath, [join(cwd, 'import-time.mjs'), specifier], { cwd }).then((r) =>
    Number(r.stdout.trim()),
  );
}

function wall(args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - start));
  });
}

/** runs each measurement SPAWNS times, alternating, so a change of machine load hits all alike */
async function alternate(measures: Array<() => Promise<number>>): Promise<number[][]> {
  const out = measures.map(() => [] as number[]);
  for (const m of measures) await m(); // warm the file system cache
  for (let i = 0; i < SPAWNS; i++) for (const [k, m] of measures.entries()) out[k].push(await m());
  return out;
}

/** apparent size of these packages and everything they depend on, as installed in this repository */
async function dependencySize(roots: string[]): Promise<{ names: string[]; bytes: number }> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const pkg = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    queue.push(...Object.keys(pkg.dependencies ?? {}));
  }
  let bytes = 0;
  for (const name of seen) bytes += await size(join(ROOT, 'node_modules', name));
  return { names: [...seen], bytes };
}

async function size(path: string): Promise<number> {
  const s = await stat(path);
  if (!s.isDirectory()) return s.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await size(join(path, entry));
  return total;
}
