// What a JSON-mode or structured-output answer's content is: JSON, JSON in fences, JSON in prose, a refusal…
// One classifier so every check words the same finding the same way.
import { clip } from './read.ts';

export type JsonContent =
  | { kind: 'json'; value: unknown }
  | { kind: 'refusal'; refusal: string }
  | { kind: 'not-string'; value: unknown }
  | { kind: 'fenced'; value: unknown } // ```json … ``` around valid JSON
  | { kind: 'prose'; value: unknown } // text before or after valid JSON
  | { kind: 'invalid'; error: string };

export function classifyJsonContent(message: Record<string, unknown>): JsonContent {
  const { content, refusal } = message;
  if (typeof refusal === 'string' && refusal !== '') return { kind: 'refusal', refusal };
  if (typeof content !== 'string') return { kind: 'not-string', value: content };
  const whole = tryParse(content);
  if (whole.ok) return { kind: 'json', value: whole.value };
  const fenced = /^\s*```[a-zA-Z]*\s*\n?([\s\S]*?)\n?```\s*$/.exec(content);
  if (fenced) {
    const inner = tryParse(fenced[1]);
    if (inner.ok) return { kind: 'fenced', value: inner.value };
  }
  const start = content.search(/[{[]/);
  const end = Math.max(content.lastIndexOf('}'), content.lastIndexOf(']'));
  if (start >= 0 && end > start) {
    const inner = tryParse(content.slice(start, end + 1));
    if (inner.ok) return { kind: 'prose', value: inner.value };
  }
  return { kind: 'invalid', error: whole.error };
}

/** One sentence for a content that is not plain JSON; undefined when it is. */
export function jsonContentProblem(c: JsonContent): string | undefined {
  switch (c.kind) {
    case 'json':
      return undefined;
    case 'refusal':
      return `the model refused (message.refusal: ${JSON.stringify(clip(c.refusal, 100))}), so there is no JSON to judge`;
    case 'not-string':
      return `message.content is ${JSON.stringify(c.value) ?? 'missing'}, not a string`;
    case 'fenced':
      return 'the JSON is wrapped in ``` fences; JSON.parse(content) fails. Send the bare JSON';
    case 'prose':
      return 'the JSON is surrounded by prose; JSON.parse(content) fails. Send only the JSON';
    case 'invalid':
      return `content is not JSON (${c.error})`;
  }
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
