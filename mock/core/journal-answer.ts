// What the mock answered, as much as a recorded case needs to know what the app relied on: the finish reason and
// the tools called (of a JSON body, or of stream chunks). Kept small: the journal holds many entries.
export interface JournalAnswer {
  finishReason?: string;
  toolCalls?: string[]; // names of the functions called, in order
}

export function journalAnswer(body: unknown, chunks: readonly unknown[] | undefined): JournalAnswer | undefined {
  const names: string[] = [];
  let finishReason: string | undefined;
  const read = (choice: unknown, key: 'message' | 'delta') => {
    if (!isObject(choice) || (choice.index ?? 0) !== 0) return;
    if (typeof choice.finish_reason === 'string') finishReason = choice.finish_reason;
    const m = choice[key];
    const calls = isObject(m) && Array.isArray(m.tool_calls) ? m.tool_calls : [];
    for (const c of calls) {
      const name = isObject(c) && isObject(c.function) ? c.function.name : undefined;
      if (typeof name === 'string' && name !== '') names.push(name);
    }
  };
  // the Responses API: the final response (whole, or in its terminal stream event) lists the calls as output items
  const response = chunks ? [...chunks].reverse().find(isResponseEnd)?.response : body;
  if (isObject(response) && Array.isArray(response.output)) {
    if (typeof response.status === 'string') finishReason = response.status;
    for (const item of response.output)
      if (isObject(item) && item.type === 'function_call' && typeof item.name === 'string') names.push(item.name);
  } else if (chunks) for (const chunk of chunks) for (const choice of choicesOf(chunk)) read(choice, 'delta');
  else for (const choice of choicesOf(body)) read(choice, 'message');
  if (finishReason === undefined && names.length === 0) return undefined;
  return { ...(finishReason !== undefined ? { finishReason } : {}), ...(names.length ? { toolCalls: names } : {}) };
}

const isResponseEnd = (e: unknown): e is { response: unknown } =>
  isObject(e) && (e.type === 'response.completed' || e.type === 'response.incomplete' || e.type === 'response.failed');

function choicesOf(v: unknown): unknown[] {
  return isObject(v) && Array.isArray(v.choices) ? v.choices : [];
}

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
