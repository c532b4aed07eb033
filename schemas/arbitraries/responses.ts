// Valid Responses API requests, walked from responses-request.schema.json, then made coherent with the rules a
// schema cannot say: tool names unique and a named tool_choice naming one of them, a function_call_output
// answering a function_call sent before it, no made-up item ids, text parts typed by their turn's role, strict
// schemas only where a schema is given, and JSON mode asked for in the input (as chat's json_object requires).
import fc from 'fast-check';
import type { JsonSchema } from '../internal/levels.ts';
import { SCHEMAS } from '../registry.ts';
import type { ResponsesRequest } from '../generated/index.ts';
import { arbitraryFor } from './from-schema.ts';
import { resolveOptions, type RequestArbitraryOptions, type ResolvedOptions } from './options.ts';
import { argumentsJson, jsonSchemaObject } from './samples.ts';

export const RESPONSES_ROOT = SCHEMAS['responses-request'] as unknown as JsonSchema;

type Obj = Record<string, unknown>;

/** Apply the API's cross-field rules (each one a 400 on OpenAI when broken). */
export function cohereResponses(req: Obj, o: ResolvedOptions): Obj {
  const r = { ...req };
  for (const key of o.omit) if (key !== 'model') delete r[key];
  if (r.stream_options != null) {
    if (o.stream === false) delete r.stream_options;
    else r.stream = true;
  }
  if (Array.isArray(r.input)) {
    // an output answers a call made earlier in the same input: pair each with the function_call before it
    const items: Obj[] = [];
    for (const item of r.input as Obj[]) {
      if (item.type === 'function_call_output') {
        const call_id = `call_${items.length}`;
        items.push({ type: 'function_call', call_id, name: 'lookup', arguments: '{}' }, { ...item, call_id });
      } else if (item.type === 'function_call') {
        // a call's own id is one the API issued (fc_…): a made-up one is refused, and it is optional
        const { id: _issued, ...call } = item;
        items.push({ ...call, call_id: `call_${items.length}` });
      } else if (Array.isArray(item.content)) {
        // input_text parts belong to user, system and developer turns, output_text to assistant turns
        const type = item.role === 'assistant' ? 'output_text' : 'input_text';
        const content = (item.content as Obj[]).map((p) =>
          p.type === 'input_text' || p.type === 'output_text' ? { ...p, type } : p,
        );
        items.push({ ...item, content });
      } else items.push(item);
    }
    if (items.length === 0) items.push({ role: 'user', content: 'Hello.' });
    r.input = items;
  }
  const tools = Array.isArray(r.tools) ? (r.tools as Obj[]) : [];
  if (tools.length === 0) {
    // the tool settings mean nothing without tools, and a tool_choice of "required" is refused without them
    for (const key of ['tools', 'tool_choice', 'parallel_tool_calls', 'max_tool_calls']) delete r[key];
  } else {
    r.tools = tools.map((t, i) => ({ ...t, name: `${String(t.name).slice(0, 56)}_${i}` }));
    if (r.tool_choice !== null && typeof r.tool_choice === 'object')
      r.tool_choice = { type: 'function', name: (r.tools as Obj[])[0].name };
  }
  const text = r.text as Obj | undefined;
  const format = text?.format as Obj | undefined;
  if (format?.type === 'json_object') {
    // JSON mode needs the input to ask for JSON
    r.instructions = `${typeof r.instructions === 'string' ? r.instructions : ''} Answer in JSON.`.trim();
  }
  return r;
}

/** Valid Responses requests covering every generated field and its edge values. */
export function validResponsesRequest(options: RequestArbitraryOptions = {}): fc.Arbitrary<ResponsesRequest> {
  const o = resolveOptions(options, 'gpt-4o-mini');
  return arbitraryFor(RESPONSES_ROOT, RESPONSES_ROOT, '', {
    maxItems: o.maxItems,
    maxString: o.maxString,
    overrides: {
      model: fc.constant(o.model),
      max_output_tokens: fc.integer({ min: 16, max: Math.max(16, o.maxTokens) }),
      'tools[].parameters': jsonSchemaObject,
      'text.format.schema': jsonSchemaObject,
      'input[].arguments': argumentsJson,
      ...(o.stream === undefined ? {} : { stream: fc.constant(o.stream) }),
    },
    skip: (path) => o.omit.includes(path),
  }).map((req) => cohereResponses(req as Obj, o) as ResponsesRequest);
}
