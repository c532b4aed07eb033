// `conform mock …`: run the standalone mock server until SIGINT/SIGTERM. Returns the process exit code.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CONFIG_KEYS, MockConfigError, parseMockConfig, type MockConfig } from '../core/config.ts';
import { didYouMean } from '../core/did-you-mean.ts';
import { QUIRKS } from '../core/types.ts';
import { PROVIDER_PROFILES } from '../core/quirks/profiles.ts';
import { startMockServer } from './start.ts';
import { recordCases, writeCasesFile } from './internal/record-cases.ts';

export interface MockCommandIo {
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** stops the server when aborted (tests); by default SIGINT/SIGTERM do */
  signal?: AbortSignal;
  /** called once the server listens */
  onListening?: (url: string) => void;
  /** how often --record rewrites its file (tests); default each second */
  recordEveryMs?: number;
}

const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  config: { type: 'string' },
  'api-key': { type: 'string', multiple: true },
  'admin-key': { type: 'string' },
  'ledger-limit': { type: 'string' },
  rpm: { type: 'string' },
  tpm: { type: 'string' },
  quota: { type: 'string' },
  price: { type: 'string', multiple: true },
  quirks: { type: 'string' },
  latency: { type: 'string' },
  'latency-profile': { type: 'string' },
  'frame-interval': { type: 'string' },
  record: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const MOCK_USAGE = `Usage: conform mock [options]

Runs the reference mock of the OpenAI API on http://HOST:PORT/v1 until Ctrl-C.

  --port N            port to listen on (default 4010; 0 picks a free one)
  --host H            address to bind (default 127.0.0.1)
  --config FILE       JSON config file (keys: ${CONFIG_KEYS.join(', ')})
  --api-key K         accept only these keys (repeat for several; default: any key, or none)
  --admin-key K       the key the admin API needs (default: any --api-key; none without keys)
  --ledger-limit N    ledger entries kept, newest first (default 10000; 0: totals only, which stay exact)
  --rpm N, --tpm N    requests / tokens per minute, per key
  --quota N           metered requests per key before 429 insufficient_quota
  --price MODEL=USD   price per request (repeat; "default=USD" sets the default price)
  --quirks a,b        quirks or provider profiles to apply to every request
  --latency MS        delay before every answer
  --latency-profile P a latency profile: demo, reference, hosted, serverless (TTFT, tokens/s, cold start, capacity)
  --frame-interval MS pause between stream frames (default 5; 0 sends them back to back)
  --record FILE       write the requests seen as cases for \`conform cases FILE\` (each second, and on stop)
                      (one per distinct request, expectations inferred, secrets stripped)

Admin (outside /v1; localhost or an IP as Host, the admin key when keys are set, JSON writes):
  GET /_conform/ledger?offset=&limit=, GET /_conform/journal[?format=cases], POST /_conform/reset, GET|POST|DELETE /_conform/script

Quirks: ${Object.keys(QUIRKS).join(', ')}
Provider profiles (each a set of quirks): ${Object.keys(PROVIDER_PROFILES).join(', ')}`;

export async function runMockCommand(argv: string[], io: MockCommandIo = {}): Promise<number> {
  const out = io.out ?? ((line: string) => process.stdout.write(line + '\n'));
  const err = io.err ?? ((line: string) => process.stderr.write(line + '\n'));
  const args = argv[0] === 'mock' ? argv.slice(1) : argv;
  let config: MockConfig;
  let record: string | undefined;
  try {
    const flags = parseFlags(args);
    if (flags === 'help') {
      out(MOCK_USAGE);
      return 0;
    }
    config = await buildConfig(flags);
    record = flags.record;
    // fail before listening, not after the app's whole test run
    if (record !== undefined) await writeCases(record, { cases: [] });
  } catch (error) {
    if (error instanceof MockConfigError || error instanceof UsageError) {
      err(error.message);
      return 2;
    }
    throw error;
  }
  let server;
  try {
    server = await startMockServer({ ...config, port: config.port ?? 4010 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    err(
      `[conform] mock: could not listen on ${config.host ?? '127.0.0.1'}:${config.port ?? 4010}: ${code ?? String(error)}. ${code === 'EADDRINUSE' ? 'Pick another port with --port, or --port 0 for a free one.' : 'Check --host and --port.'}`,
    );
    return 1;
  }
  out(`[conform] mock listening on ${server.url}`);
  out(`[conform] admin: ${server.url.replace(/\/v1$/, '')}/_conform/ledger · Ctrl-C to stop`);
  io.onListening?.(server.url);
  const file = record;
  const recording =
    file === undefined
      ? undefined
      : recordCases(file, server.mock.journal, (error) => err(cannotWrite(file, error)), io.recordEveryMs);
  await stopped(io.signal);
  await server.close();
  out('[conform] mock stopped');
  if (recording) {
    let cases: number;
    try {
      cases = await recording.stop();
    } catch (error) {
      err(cannotWrite(file!, error));
      return 1;
    }
    out(`[conform] recorded ${cases} cases to ${file}; replay them with: conform cases ${file} --base-url URL`);
  }
  return 0;
}

const cannotWrite = (file: string, error: unknown) =>
  `[conform] mock: cannot write --record ${file}: ${(error as NodeJS.ErrnoException).code ?? error}. Check that its folder exists and is writable.`;

async function writeCases(file: string, doc: object): Promise<void> {
  try {
    await writeCasesFile(file, doc);
  } catch (error) {
    throw new UsageError(cannotWrite(file, error));
  }
}

class UsageError extends Error {}

type Flags = {
  [K in keyof typeof FLAGS]?: (typeof FLAGS)[K] extends { multiple: true }
    ? string[]
    : (typeof FLAGS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
};

function parseFlags(args: string[]): Flags | 'help' {
  let values: Flags;
  try {
    values = parseArgs({ args, options: FLAGS, strict: true, allowPositionals: false }).values as Flags;
  } catch (error) {
    const m = /Unknown option '(-{1,2})([^']+)'/.exec((error as Error).message);
    if (m) {
      const guess = didYouMean(m[2], Object.keys(FLAGS));
      throw new UsageError(
        `[conform] mock: unknown option "${m[1]}${m[2]}"${guess ? ` — did you mean "--${guess}"?` : '.'} Run \`conform mock --help\` for the options.`,
      );
    }
    throw new UsageError(`[conform] mock: ${(error as Error).message}. Run \`conform mock --help\` for the options.`);
  }
  return values.help ? 'help' : values;
}

async function buildConfig(flags: Flags): Promise<MockConfig> {
  let file: Record<string, unknown> = {};
  if (flags.config !== undefined) {
    let text: string;
    try {
      text = await readFile(flags.config, 'utf8');
    } catch (error) {
      throw new UsageError(
        `[conform] mock: cannot read --config ${flags.config}: ${(error as NodeJS.ErrnoException).code ?? error}. Check the path.`,
      );
    }
    try {
      file = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`[conform] mock: --config ${flags.config} is not valid JSON: ${(error as Error).message}.`);
    }
  }
  const fromFlags: Record<string, unknown> = {};
  const num = (flag: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
      throw new UsageError(`[conform] mock: --${flag} expects a number, got "${value}".`);
    return n;
  };
  if (flags.port !== undefined) fromFlags.port = num('port', flags.port);
  if (flags.host !== undefined) fromFlags.host = flags.host;
  if (flags['api-key']) fromFlags.apiKeys = flags['api-key'];
  if (flags['admin-key'] !== undefined) fromFlags.adminKey = flags['admin-key'];
  if (flags['ledger-limit'] !== undefined) fromFlags.ledgerLimit = num('ledger-limit', flags['ledger-limit']);
  if (flags.rpm !== undefined) fromFlags.rpm = num('rpm', flags.rpm);
  if (flags.tpm !== undefined) fromFlags.tpm = num('tpm', flags.tpm);
  if (flags.quota !== undefined) fromFlags.quota = num('quota', flags.quota);
  if (flags.latency !== undefined) fromFlags.latencyMs = num('latency', flags.latency);
  if (flags['latency-profile'] !== undefined) fromFlags.latencyProfile = flags['latency-profile'];
  if (flags['frame-interval'] !== undefined) fromFlags.frameIntervalMs = num('frame-interval', flags['frame-interval']);
  if (flags.quirks !== undefined)
    fromFlags.quirks = flags.quirks
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  for (const p of flags.price ?? []) {
    const m = /^(.+)=(.+)$/.exec(p);
    if (!m)
      throw new UsageError(`[conform] mock: --price expects MODEL=USD, got "${p}". Example: --price gpt-4o-mini=0.002`);
    const usd = num('price', m[2])!;
    if (m[1] === 'default') fromFlags.defaultPrice = usd;
    else fromFlags.prices = { ...(fromFlags.prices as object), [m[1]]: usd };
  }
  const merged = { ...file, ...fromFlags };
  if (file.prices && fromFlags.prices) merged.prices = { ...(file.prices as object), ...(fromFlags.prices as object) };
  return parseMockConfig(merged);
}

function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
