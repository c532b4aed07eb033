// The standalone `conform mock` streams: a client in another process receives the frames of one answer over
// several socket reads. Written back to back they used to leave within a millisecond and arrive in one read,
// and `streaming.incremental` warned against our own reference server.
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockProcess, type MockProcess } from './internal/mock-process.ts';

let mock: MockProcess;
beforeAll(async () => {
  mock = await startMockProcess();
});
afterAll(() => mock?.stop());

/** The socket reads of one streamed answer, each as the text it carried. */
function streamReads(origin: string): Promise<string[]> {
  const { hostname, port } = new URL(origin);
  const body = JSON.stringify({
    model: 'gpt-4o-mini',
    stream: true,
    messages: [{ role: 'user', content: 'Tell me about the harbour of Lisbon at dawn.' }],
  });
  return new Promise((resolve, reject) => {
    const reads: string[] = [];
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST /v1/chat/completions HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    socket.on('data', (d: Buffer) => reads.push(d.toString()));
    socket.on('end', () => resolve(reads));
    socket.on('error', reject);
  });
}

it('sends the content frames of one answer over more than one read', async () => {
  const reads = await streamReads(mock.origin);
  const all = reads.join('');
  expect(all).toMatch(/^HTTP\/1\.1 200 OK/);
  expect(all).toContain('data: [DONE]');
  const withContent = reads.filter((r) => /"content":"[^"]/.test(r));
  expect(withContent.length).toBeGreaterThan(1);
});
