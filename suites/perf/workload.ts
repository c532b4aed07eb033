// The requests a run replays: real chat requests from a file, or a seeded synthetic distribution of prompt and
// output lengths. Either way replayed in a seeded order, so two runs with one seed send the same requests.
import { seededRandom, normal } from '../../mock/core/latency/random.ts';
import type { PerfApi } from './options.ts';

export interface WorkItem {
  /** the request body without model and stream fields (the driver sets those) */
  body: Record<string, unknown>;
  /** characters of message text, for the token estimate */
  promptChars: number;
  maxTokens: number | undefined;
}

export interface SyntheticShape {
  /** median prompt length, in words (about a token each) */
  promptWords: number;
  /** median max_tokens */
  outputTokens: number;
  /** σ of the log-normal spread of both lengths */
  spread: number;
  /** distinct requests generated */
  items: number;
}

export const DEFAULT_SHAPE: SyntheticShape = { promptWords: 200, outputTokens: 64, spread: 0.5, items: 200 };

const WORDS =
  'the of and a to in is you that it he was for on are as with his they at be this have from or one had by word but not what all were we when your can said there use an each which she do how their if will up other about out many then them these so some her would make like him into time has look two more write go see number no way could people my than first water been call who oil its now find long down day did get come made may part'.split(
    ' ',
  );

export function syntheticWorkload(shape: SyntheticShape, seed: number): WorkItem[] {
  const random = seededRandom(seed ^ 0x5eed);
  const draw = (median: number) => Math.max(1, Math.round(median * Math.exp(shape.spread * normal(random))));
  const items: WorkItem[] = [];
  for (let i = 0; i < shape.items; i++) {
    const n = draw(shape.promptWords);
    const words: string[] = [];
    for (let w = 0; w < n; w++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
    const content = `Request ${i}: ${words.join(' ')}`;
    const maxTokens = draw(shape.outputTokens);
    items.push({
      body: { messages: [{ role: 'user', content }], max_tokens: maxTokens },
      promptChars: content.length,
      maxTokens,
    });
  }
  return items;
}

/** The order of sends: the items shuffled by the seed (Fisher–Yates), repeated as often as needed. */
export function replayOrder(items: readonly WorkItem[], seed: number): (i: number) => WorkItem {
  const random = seededRandom(seed);
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return (i) => items[order[i % order.length]!]!;
}

/** The body sent: the item, the model, streamed with usage (TTFT needs the stream, cost needs the usage). */
export function requestBody(item: WorkItem, model: string, api: PerfApi = 'chat'): string {
  if (api === 'responses') return JSON.stringify(responsesBody(item, model));
  return JSON.stringify({ ...item.body, model, stream: true, stream_options: { include_usage: true } });
}

/**
 * A chat item as the Responses API takes it: the messages as input (roles kept, text content), the output cap as
 * max_output_tokens (at least 16, the API's minimum), temperature and top_p; other chat fields are not carried.
 * `store: false`: a measurement keeps nothing on the account. Its stream ends with usage on response.completed.
 */
function responsesBody(item: WorkItem, model: string): Record<string, unknown> {
  const b = item.body;
  const messages = Array.isArray(b.messages) ? (b.messages as Array<{ role?: unknown; content?: unknown }>) : [];
  const input = messages.map((m) => ({
    role: m.role === 'tool' ? 'user' : m.role,
    content: typeof m.content === 'string' ? m.content : JSON.stringify(m.content ?? ''),
  }));
  const cap = item.maxTokens ?? (b.max_completion_tokens as number | undefined);
  return {
    model,
    input,
    ...(cap !== undefined ? { max_output_tokens: Math.max(16, cap) } : {}),
    ...(b.temperature != null ? { temperature: b.temperature } : {}),
    ...(b.top_p != null ? { top_p: b.top_p } : {}),
    stream: true,
    store: false,
  };
}
