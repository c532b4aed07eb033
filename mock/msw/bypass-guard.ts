// Stops requests that bypass MSW. A client created before server.listen() keeps the fetch it found (openai-node
// reads globalThis.fetch once, in its constructor), so its requests skip the handlers and leave for the real API:
// with a real key in the environment, billed, and the test still passes. Node's fetch looks up undici's global
// dispatcher on every request, whichever fetch the client kept, so a dispatcher that refuses the mocked base URLs
// catches them: the request fails with this message instead of leaving the process.
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

interface DispatchOptions {
  origin?: string | URL;
  path: string;
  method?: string;
}
interface DispatchHandler {
  onError?(error: Error): void;
}
interface Dispatcher {
  dispatch(options: DispatchOptions, handler: DispatchHandler): boolean;
}

const prefixes = new Set<string>();
const warned = new Set<string>();
let installed = false;

/** Refuses, from now on, every request whose URL starts with `prefix` (origin + base path + "/") that reaches the network. */
export function guardAgainstBypass(prefix: string): void {
  prefixes.add(prefix);
  if (installed) return;
  const slots = globalThis as unknown as Record<symbol, unknown>;
  void globalThis.Response; // Node loads undici, which sets its global dispatcher, when a fetch global is first read
  const current = slots[GLOBAL_DISPATCHER];
  if (!isDispatcher(current)) return; // no undici (a browser, another runtime): MSW's worker sees every request there
  slots[GLOBAL_DISPATCHER] = guarded(current);
  installed = true;
}

export function bypassMessage(method: string, url: string): string {
  return (
    `[conform] ${method} ${url} bypassed MSW and was stopped before it left the process. The client that sent it ` +
    'was most likely created before server.listen() and kept the fetch it found then (openai-node reads ' +
    'globalThis.fetch in its constructor). Create the client after server.listen(), or give it the mock directly: ' +
    "new OpenAI({ fetch: createMockFetch(mock) }) from 'openai-conform/mock'."
  );
}

function guarded(inner: Dispatcher): Dispatcher {
  const dispatch = (options: DispatchOptions, handler: DispatchHandler): boolean => {
    const url = `${String(options.origin ?? '').replace(/\/$/, '')}${options.path}`;
    if (!isGuarded(url)) return inner.dispatch(options, handler);
    const message = bypassMessage(options.method ?? 'GET', url);
    if (!warned.has(url)) {
      warned.add(url);
      process.emitWarning(message, { code: 'CONFORM_MSW_BYPASS' });
    }
    queueMicrotask(() => handler.onError?.(new Error(message)));
    return true;
  };
  // everything but dispatch (close, destroy, events) goes to the real dispatcher, on the real instance
  return new Proxy(inner, {
    get(target, key) {
      if (key === 'dispatch') return dispatch;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function isGuarded(url: string): boolean {
  for (const p of prefixes) if (url.startsWith(p)) return true;
  return false;
}

function isDispatcher(x: unknown): x is Dispatcher {
  return typeof x === 'object' && x !== null && typeof (x as Dispatcher).dispatch === 'function';
}
