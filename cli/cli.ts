// The conform command: parse, then run (or regrade / report / perf / mock); usage errors exit 2.
import { ConfigError } from '../suites/engine/config-error.ts';
import { TOOL_VERSION } from '../suites/engine/results.ts';
import { parseCliArgs } from './args.ts';
import { HELP } from './help.ts';
import { terminalText } from '../reports/internal/terminal-text.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** stderr is a terminal (progress line, colours) */
  tty: boolean;
  cwd: string;
}

export async function cli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'mock') {
    const { runMockCommand } = await import('../mock/server/index.ts');
    return runMockCommand(argv.slice(1), { out: (l) => io.stdout(`${l}\n`), err: (l) => io.stderr(`${l}\n`) });
  }
  // secrets must not leak even through crash messages
  const secrets = [...argv.filter((_, i) => argv[i - 1] === '--api-key'), io.env.OPENAI_API_KEY].filter(
    (s): s is string => !!s && s.length >= 4,
  );
  // messages can quote the target (an unknown model's error text): shown, never run by the terminal
  const hide = (text: string) => terminalText(secrets.reduce((t, s) => t.split(s).join('[REDACTED]'), text));
  try {
    if (argv[0] === 'perf') return await (await import('./perf-command.ts')).perfCommand(argv.slice(1), io);
    const args = parseCliArgs(argv, io.env);
    switch (args.command) {
      case 'help':
        io.stdout(HELP);
        return 0;
      case 'version':
        io.stdout(`${TOOL_VERSION}\n`);
        return 0;
      default: {
        // loaded only now: --help and --version stay instant
        const commands = await import('./commands.ts');
        if (args.command === 'regrade') return await commands.regradeCommand(args, io);
        if (args.command === 'report') return await commands.reportCommand(args, io);
        if (args.command === 'cases') return await (await import('./cases-command.ts')).casesCommand(args, io);
        return await commands.runCommand(args, io);
      }
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`${hide(err.message)}\n`);
      return 2;
    }
    const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr(`[conform] internal error: ${text.split('\n').map(hide).join('\n')}\n`);
    return 1;
  }
}
