// SSE framing of chat and completion streams: one `data: <json>\n\n` frame per chunk, then `data: [DONE]\n\n`.

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
} as const;

export const DONE_FRAME = 'data: [DONE]\n\n';

export function frame(chunk: unknown): string {
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

export async function* framesOf(chunks: Iterable<unknown>): AsyncGenerator<string> {
  for (const chunk of chunks) yield frame(chunk);
  yield DONE_FRAME;
}
