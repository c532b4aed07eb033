// Running things in consumer projects: a command with a deadline and its output, and the Node binaries
// (this one for 20, npx-fetched 22 and 24). Consumer code runs with a preload that refuses to resolve any host but
// localhost, so nothing a test installs can reach the network, whatever goes wrong.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NPM_CACHE } from './package-paths.ts';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

const NO_NETWORK = fileURLToPath(new URL('../../fixtures/package/no-network.mjs', import.meta.url));

/**
 * the environment of a consumer: no key or base URL from this shell, no variables of the vitest or the npm running
 * us (npm's npm_config_local_prefix would point an inner npm at this repository)
 */
export function consumerEnv(extra: Record<string, string> = {}, network = false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITEST|TEST$|NODE_OPTIONS$|NODE_ENV$|OPENAI_|GITHUB_|INPUT_|RUNNER_|npm_|INIT_CWD$)/i.test(k)) continue;
    env[k] = v;
  }
  env.npm_config_cache = NPM_CACHE;
  env.NO_COLOR = '1'; // plain text to match
  delete env.FORCE_COLOR;
  if (!network) env.NODE_OPTIONS = `--import=${NO_NETWORK}`;
  return { ...env, ...extra };
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? consumerEnv(),
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 64 << 20,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr: error && code === -1 ? `${stderr}\n${error.message}` : stderr });
      },
    );
  });
}

const nodes = new Map<number, Promise<string>>();

/** the path of a Node binary of that major: this process's for its own major, else one npx fetches (cached) */
export function nodeBinary(major: 20 | 22 | 24): Promise<string> {
  if (process.versions.node.startsWith(`${major}.`)) return Promise.resolve(process.execPath);
  let found = nodes.get(major);
  if (!found) {
    found = run('npx', ['-y', '-p', `node@${major}`, 'node', '-p', 'process.execPath'], {
      cwd: process.cwd(),
      env: consumerEnv({}, true),
      timeoutMs: 180_000,
    }).then((r) => {
      const path = r.stdout.trim();
      if (r.code !== 0 || !path)
        throw new Error(
          `[conform] package tests: could not fetch Node ${major} with npx (npx -y -p node@${major} node): ${r.stderr.trim().split('\n').at(-1)}`,
        );
      return path;
    });
    nodes.set(major, found);
  }
  return found;
}
