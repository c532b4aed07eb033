// Runs the conform CLI in-process with captured output (no TTY, no CI variables unless given).
import { cli } from '../../../cli/cli.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await cli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    tty: false,
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}
