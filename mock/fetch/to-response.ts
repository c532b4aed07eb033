// MockResponse → Response. A stream is pulled one piece per read, so each yielded string reaches the client as
// soon as it exists; an aborted signal errors the body the way fetch does.
import { isStreamResponse, type MockResponse } from '../core/types.ts';

const encoder = new TextEncoder();

export function toResponse(res: MockResponse, signal?: AbortSignal): Response {
  if (!isStreamResponse(res))
    return new Response(res.status === 204 ? null : ((res.bytes as Uint8Array<ArrayBuffer> | undefined) ?? res.body), {
      status: res.status,
      headers: res.headers,
    });
  const iterator = res.stream[Symbol.asyncIterator]();
  let onAbort: (() => void) | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!signal) return;
      onAbort = () => {
        controller.error(signal.reason);
        void iterator.return?.();
      };
      signal.addEventListener('abort', onAbort, { once: true });
    },
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (signal?.aborted) return;
        if (done) {
          controller.close();
          if (onAbort) signal!.removeEventListener('abort', onAbort);
        } else controller.enqueue(encoder.encode(value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      if (onAbort) signal!.removeEventListener('abort', onAbort);
      await iterator.return?.();
    },
  });
  return new Response(body, { status: res.status, headers: res.headers });
}
