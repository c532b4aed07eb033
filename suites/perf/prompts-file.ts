// --prompts FILE: chat requests as the API takes them, one JSON object a line (JSONL), or the mock's journal as
// GET /_conform/journal returns it (one JSON object with `entries`, or its entries one a line). Only chat
// completion requests are kept; model and stream fields are the driver's.
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../engine/config-error.ts';
import type { WorkItem } from './workload.ts';

const DRIVER_FIELDS = ['model', 'stream', 'stream_options'];

export async function loadPrompts(file: string): Promise<WorkItem[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `[conform] --prompts ${file}: cannot read it (${(err as { code?: string }).code ?? String(err)}). Pass a JSONL file of chat requests, e.g. the mock's GET /_conform/journal saved to a file.`,
    );
  }
  return parsePrompts(text, file);
}

export function parsePrompts(text: string, file: string): WorkItem[] {
  const values: unknown[] = [];
  const trimmed = text.trim();
  const whole = trimmed.startsWith('{') ? tryParse(trimmed) : undefined;
  if (whole !== undefined && Array.isArray((whole as { entries?: unknown }).entries)) {
    values.push(...(whole as { entries: unknown[] }).entries);
  } else {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const v = tryParse(line);
      if (v === undefined) {
        throw new ConfigError(
          `[conform] --prompts ${file}: line ${i + 1} is not JSON (${JSON.stringify(line.slice(0, 40))}${line.length > 40 ? '…' : ''}). Write one chat request a line: {"messages": [{"role": "user", "content": "…"}], "max_tokens": 100}`,
        );
      }
      values.push(v);
    });
  }
  const items = values.map(chatRequestOf).filter((x): x is WorkItem => x !== undefined);
  if (items.length === 0) {
    throw new ConfigError(
      `[conform] --prompts ${file}: no chat request in it (${values.length} JSON values read, none with a "messages" array). Write one chat request a line: {"messages": [{"role": "user", "content": "…"}]}`,
    );
  }
  return items;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A chat request body, or a journal entry of one (path …/chat/completions, body the request). */
function chatRequestOf(value: unknown): WorkItem | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.path === 'string' && 'body' in v) {
    if (!v.path.endsWith('/chat/completions')) return undefined;
    return chatRequestOf(v.body);
  }
  if (!Array.isArray(v.messages)) return undefined;
  const body: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!DRIVER_FIELDS.includes(k)) body[k] = x;
  const cap = v.max_completion_tokens ?? v.max_tokens;
  return {
    body,
    promptChars: JSON.stringify(v.messages).length,
    maxTokens: typeof cap === 'number' ? cap : undefined,
  };
}
