// `toolCall`: the answer calls a tool — by name when given — with arguments that are JSON valid against the
// tool's `parameters` in the request ("valid"), or that contain the given values. The premise is the call:
// the app expects one, so no call at all fails the case (it is what breaks a tool loop), naming what came instead.
import { jsonSchemaIssues, issueLines } from '../../checks/internal/json-schema-issues.ts';
import { clip, isObject, show } from '../../checks/internal/read.ts';
import type { ToolCall } from '../answer.ts';
import { fail, inconclusive, pass, type Outcome, type Trial } from './outcome.ts';

export interface ToolCallWant {
  name?: string;
  arguments?: 'valid' | Record<string, unknown>;
}

export function expectToolCall(want: ToolCallWant, t: Trial): Outcome {
  const calls = t.answer.toolCalls;
  if (calls.length === 0) {
    const text = t.answer.content ? `, content ${JSON.stringify(clip(t.answer.content, 60))}` : '';
    return fail(
      `no tool was called (finish_reason ${show(t.answer.finishReason)}${text}); expected a call${want.name ? ` to ${want.name}` : ''}`,
    );
  }
  const call = want.name === undefined ? calls[0] : calls.find((c) => c.name === want.name);
  if (!call)
    return fail(`called ${calls.map((c) => show(c.name)).join(', ')}, not ${want.name}`, {
      seen: calls.map((c) => c.name),
    });
  const name = String(call.name);
  if (want.arguments === undefined) return pass(`tool ${name} called`);
  const args = parsedArguments(call);
  if (!args.ok) return fail(`${name}: ${args.error}`, { seen: call.arguments });
  if (want.arguments === 'valid') {
    const schema = parametersOf(t.body, name);
    if (!schema)
      return inconclusive(
        `the request declares no parameters schema for tool ${name}, so its arguments cannot be checked`,
      );
    const issues = jsonSchemaIssues(schema, args.value);
    if (issues.length > 0)
      return fail(`${name} arguments do not match its parameters schema: ${issueLines(issues)}`, {
        issues,
        seen: args.value,
      });
    return pass(`tool ${name} called with valid arguments`);
  }
  const diff = firstDifference(want.arguments, args.value, '');
  if (diff !== undefined) return fail(`${name} arguments: ${diff}`, { seen: args.value });
  return pass(`tool ${name} called with the expected arguments`);
}

function parsedArguments(call: ToolCall): { ok: true; value: unknown } | { ok: false; error: string } {
  if (typeof call.arguments !== 'string')
    return { ok: false, error: `arguments are ${show(call.arguments)}, not a JSON string (JSON.parse would throw)` };
  try {
    return { ok: true, value: JSON.parse(call.arguments) };
  } catch (e) {
    return { ok: false, error: `arguments are not JSON (${(e as Error).message}): ${clip(call.arguments, 80)}` };
  }
}

/** the tool's parameters schema in the request: Chat Completions nests it under `function`, the Responses API does not */
export function parametersOf(body: unknown, name: string): Record<string, unknown> | undefined {
  const tools = isObject(body) && Array.isArray(body.tools) ? body.tools.filter(isObject) : [];
  for (const tool of tools) {
    const fn = isObject(tool.function) ? tool.function : tool;
    if (fn.name === name && isObject(fn.parameters)) return fn.parameters;
  }
  return undefined;
}

/** where `got` lacks a value of `want` (a deep subset: extra keys in `got` are fine) */
function firstDifference(want: unknown, got: unknown, path: string): string | undefined {
  if (isObject(want)) {
    if (!isObject(got)) return `${path || 'the arguments'} is ${show(got)}, expected an object`;
    for (const key of Object.keys(want)) {
      const d = firstDifference(want[key], got[key], path ? `${path}.${key}` : key);
      if (d) return d;
    }
    return undefined;
  }
  if (JSON.stringify(want) === JSON.stringify(got)) return undefined;
  return `${path} is ${show(got)}, expected ${show(want)}`;
}
