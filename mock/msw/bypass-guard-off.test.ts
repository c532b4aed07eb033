// When net.Socket.prototype.connect was patched before the guard loaded (msw 3 already listening), the guard cannot
// tell MSW's connections from bypasses: it stays off and says so once, with what to do.
import net from 'node:net';
import { afterAll, expect, it } from 'vitest';

const proto = net.Socket.prototype;
const original = proto.connect;
proto.connect = function connect(this: net.Socket, ...args: unknown[]) {
  return (original as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof proto.connect; // named, as a patch is
afterAll(() => {
  proto.connect = original;
});

it('stays off and warns once', async () => {
  const warnings: string[] = [];
  const listener = (w: Error & { code?: string }) => warnings.push(`${w.code}: ${w.message}`);
  process.on('warning', listener);
  const patched = proto.connect;
  const { guardAgainstBypass } = await import('./bypass-guard.ts'); // loads now, after the patch
  guardAgainstBypass(new URL('http://127.0.0.1:1/v1'));
  guardAgainstBypass(new URL('https://api.openai.com/v1'));
  await new Promise((resolve) => setImmediate(resolve));
  process.off('warning', listener);
  expect(proto.connect).toBe(patched);
  expect(warnings).toMatchInlineSnapshot(`
    [
      "CONFORM_MSW_BYPASS: [conform] the MSW bypass guard is off: net.Socket.prototype.connect was already patched when openai-conform/mock/msw loaded (msw 3 listening already?), so requests that bypass MSW are not stopped. Import openai-conform/mock/msw before server.listen() runs, or pass { guardBypass: false } to say you know.",
    ]
  `);
});
