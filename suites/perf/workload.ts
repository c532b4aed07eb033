// The requests a run replays: real chat requests from a file, or a seeded synthetic distribution of prompt and
// output lengths. Either way replayed in a seeded order, so two runs with one seed send the same requests.
import { seededRandom, normal } from '../../mock/core/latency/random.ts';

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
export function requestBody(item: WorkItem, model: string): string {
  return JSON.stringify({ ...item.body, model, stream: true, stream_options: { include_usage: true } });
}
