// Entry of the conform bin (cli/conform.js imports this file): real process, real streams.
import { cli } from './cli.ts';

const code = await cli(process.argv.slice(2), {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  env: process.env,
  tty: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
process.exitCode = code;
// an SDK retry sleep abandoned at its deadline must not keep the process alive; unref'd, this timer
// only fires when something else still holds the loop open
setTimeout(() => process.exit(code), 500).unref();
