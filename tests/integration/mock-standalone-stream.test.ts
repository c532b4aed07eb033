// The standalone `conform mock` streams: a client in another process receives the frames of one answer over
// several socket reads. Written back to back they used to leave within a millisecond and arrive in one read,
// and `streaming.incremental` warned against our own reference server.
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_FRAME_INTERVAL_MS } from '../../mock/server/start.ts';
import { startMockProcess, type MockProcess } from './internal/mock-process.ts';

let mock: MockProcess;
beforeAll(async () => {
  mock = await startMockProcess();
});
afterAll(() => mock?.stop());

/** The socket reads of one streamed answer, each as the text it carried, and the ms from sending to the end. */
function streamReads(origin: string): Promise<{ reads: string[]; ms: number }> {
  const { hostname, port } = new URL(origin);
  const body = JSON.stringify({
    model: 'gpt-4o-mini',
    stream: true,
    messages: [{ role: 'user', content: 'Tell me about the harbour of Lisbon at dawn.' }],
  });
  return new Promise((resolve, reject) => {
    const reads: string[] = [];
    let sent = 0;
    const socket = connect(Number(port), hostname, () => {
      sent = performance.now();
      socket.write(
        `POST /v1/chat/completions HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    socket.on('data', (d: Buffer) => reads.push(d.toString()));
    socket.on('end', () => resolve({ reads, ms: performance.now() - sent }));
    socket.on('error', reject);
  });
}

it('sends the content frames of one answer over more than one read', async () => {
  const { reads } = await streamReads(mock.origin);
  const all = reads.join('');
  expect(all).toMatch(/^HTTP\/1\.1 200 OK/);
  expect(all).toContain('data: [DONE]');
  const withContent = reads.filter((r) => /"content":"[^"]/.test(r));
  expect(withContent.length).toBeGreaterThan(1);
});

// how the reads split depends on the machine's load; the pause between frames does not: the last frame cannot
// leave before every pause before it has passed (a lower bound, so no load makes it fail)
it('paces the frames of one answer: no sooner than a pause between each two', async () => {
  const { reads, ms } = await streamReads(mock.origin);
  const frames = reads.join('').match(/^data: /gm)?.length ?? 0;
  expect(frames).toBeGreaterThan(5);
  expect(ms).toBeGreaterThanOrEqual((frames - 1) * DEFAULT_FRAME_INTERVAL_MS * 0.9);
});
