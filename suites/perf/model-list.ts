// Without --model: the first chat-like model GET /models lists (ids that name embeddings, audio, images or
// moderation are passed over), as conform does.
import { ConfigError } from '../engine/config-error.ts';

const NOT_CHAT = /embed|whisper|tts|dall-e|image|moderation|audio|rerank/i;

export async function firstChatModel(
  baseUrl: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<string> {
  const url = `${baseUrl.replace(/\/+$/, '')}/models`;
  let ids: string[] = [];
  let why = '';
  try {
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) why = `HTTP ${res.status}`;
    else {
      const body = JSON.parse(await boundedText(res, 4 << 20)) as { data?: Array<{ id?: unknown }> };
      ids = (body.data ?? []).map((m) => m.id).filter((id): id is string => typeof id === 'string');
      if (ids.length === 0) why = 'it listed no model';
    }
  } catch (err) {
    why = (err as Error).name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : (err as Error).message;
  }
  const id = ids.find((x) => !NOT_CHAT.test(x)) ?? ids[0];
  if (id === undefined)
    throw new ConfigError(`[conform] perf: cannot pick a model from GET ${url} (${why}). Pass one: --model MODEL_ID`);
  return id;
}

/** The body as text, at most `max` bytes: a hostile list cannot fill memory. */
async function boundedText(res: Response, max: number): Promise<string> {
  const reader = res.body!.getReader();
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.length;
    if (bytes > max) {
      await reader.cancel();
      throw new Error(`the model list is larger than ${max} bytes`);
    }
    parts.push(value);
  }
  return Buffer.concat(parts).toString('utf8');
}
