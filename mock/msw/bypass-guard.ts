// Stops requests that bypass MSW. A client created before server.listen() keeps the fetch it found (openai-node
// reads globalThis.fetch once, in its constructor), so its requests skip the handlers and leave for the real API:
// with a real key in the environment, billed, and the test still passes. Every client connection in Node goes
// through net.Socket.prototype.connect, so a guard there refuses connections to a mocked host and port.
//
// msw 2 answers mocked fetches without a socket. msw 3 intercepts at that same method from server.listen(), which
// comes after this module loads and wraps it, so msw 3 sits above the guard: its mocked sockets reach the guard
// with msw's own `lookup` (loopback, never DNS), its passthroughs and the bypasses without one. So a connect with a
// custom lookup is left alone. If something patched the method before this module loaded, the guard cannot tell
// mocked connections from bypasses and stays off.
import type { Socket } from 'node:net';

type Connect = (this: Socket, ...args: unknown[]) => Socket;

const guarded = new Map<string, string>(); // "host:port" → the base URL mocked there
const warned = new Set<string>();
const net = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process?.getBuiltinModule?.(
  'node:net',
) as typeof import('node:net') | undefined;
// no Node builtins here (a browser, Node before 20.16): MSW's worker sees every request there, nothing to guard
const state: 'on' | 'patched' | 'not-node' =
  net === undefined ? 'not-node' : install(net.Socket.prototype as unknown as { connect: Connect }) ? 'on' : 'patched';
let warnedOff = false;

/** Refuses, from now on, connections to the host and port of `baseUrl` (or says once why it cannot). */
export function guardAgainstBypass(baseUrl: URL): void {
  guarded.set(
    hostPort(baseUrl.hostname, baseUrl.port || (baseUrl.protocol === 'https:' ? '443' : '80')),
    baseUrl.href.replace(/\/$/, ''),
  );
  if (state === 'patched' && !warnedOff) {
    warnedOff = true;
    process.emitWarning(GUARD_OFF, { code: 'CONFORM_MSW_BYPASS' });
  }
}

export const GUARD_OFF =
  '[conform] the MSW bypass guard is off: net.Socket.prototype.connect was already patched when openai-conform/mock/msw ' +
  'loaded (msw 3 listening already?), so requests that bypass MSW are not stopped. Import openai-conform/mock/msw ' +
  'before server.listen() runs, or pass { guardBypass: false } to say you know.';

export function bypassMessage(where: string, baseUrl: string): string {
  return (
    `[conform] a connection to ${where} bypassed MSW and was stopped before it left the process (createMockHandlers() ` +
    `mocks ${baseUrl}). The client that opened it was most likely created before server.listen() and kept the fetch ` +
    'it found then (openai-node reads globalThis.fetch in its constructor). Call server.listen() before the app ' +
    "creates its client (in vitest, at the top of a setup file), or give the client the mock: new OpenAI({ fetch: createMockFetch(mock) }) from 'openai-conform/mock'."
  );
}

function install(proto: { connect: Connect }): boolean {
  const real = proto.connect;
  if (real.name !== '') return false; // Node's own is anonymous: a named one is someone's patch (msw 3 listening)
  proto.connect = function connect(this: Socket, ...args: unknown[]): Socket {
    const where = guarded.size === 0 ? undefined : target(args);
    const baseUrl = where === undefined ? undefined : guarded.get(where);
    if (baseUrl === undefined) return real.apply(this, args);
    const message = bypassMessage(where!, baseUrl);
    if (!warned.has(where!)) {
      warned.add(where!);
      process.emitWarning(message, { code: 'CONFORM_MSW_BYPASS' });
    }
    process.nextTick(() => this.destroy(new Error(message)));
    return this;
  };
  return true;
}

/** host:port of a connect() call to the network: (options, cb), (port, host, cb), or the [options, cb] array net.connect() passes */
function target(args: unknown[]): string | undefined {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'object' && first !== null) {
    const o = first as { host?: string; port?: number | string; lookup?: unknown };
    if (o.port === undefined || typeof o.lookup === 'function') return undefined; // an IPC path, or not resolved by DNS
    return hostPort(o.host ?? 'localhost', String(o.port));
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first)))
    return hostPort(typeof args[1] === 'string' ? args[1] : 'localhost', String(first));
  return undefined;
}

function hostPort(host: string, port: string): string {
  return `${host.replace(/^\[|\]$/g, '').toLowerCase()}:${port}`;
}
