// The standalone mock as users run it: `conform mock` in a process of its own, so tests see its transport,
// its memory and its signal handling as a client in another process does.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../cli/conform.js', import.meta.url));

export interface MockProcess {
  url: string; // http://127.0.0.1:PORT/v1
  origin: string; // http://127.0.0.1:PORT
  child: ChildProcess;
  output: () => string; // stdout and stderr so far
  /** resident memory of the server process, from /proc (Linux) */
  rssBytes: () => number;
  /** SIGTERM, then the exit code (null when it had to be killed after `graceMs`) */
  stop: (graceMs?: number) => Promise<number | null>;
}

export async function startMockProcess(args: string[] = []): Promise<MockProcess> {
  const child = spawn(process.execPath, [BIN, 'mock', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const m = /listening on (http:\/\/\S+\/v1)/.exec(output);
      if (m) resolve(m[1]);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`conform mock exited early (code ${code}): ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url,
    origin: url.replace(/\/v1$/, ''),
    child,
    output: () => output,
    rssBytes: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) * 1024,
    async stop(graceMs = 5_000) {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
