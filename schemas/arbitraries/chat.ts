// Valid chat completion requests, walked from chat-completion-request.schema.json, then made coherent with the
// API's cross-field rules that a schema cannot say (top_logprobs needs logprobs, tool messages answer tool calls,
// strict structured outputs need a strict-compliant schema…).
import fc from 'fast-check';
import type { JsonSchema } from '../internal/levels.ts';
import { SCHEMAS } from '../registry.ts';
import type { ChatCompletionRequest } from '../generated/index.ts';
import { arbitraryFor, type WalkOptions } from './from-schema.ts';
import { resolveOptions, type RequestArbitraryOptions, type ResolvedOptions } from './options.ts';
import { PDF_DATA_URL, PNG_DATA_URL, WAV_BASE64, argumentsJson, jsonSchemaObject } from './samples.ts';

export const CHAT_ROOT = SCHEMAS['chat-completion-request'] as unknown as JsonSchema;
const defs = CHAT_ROOT.$defs as Record<string, JsonSchema>;

type Msg = Record<string, unknown>;

function walkOptions(o: ResolvedOptions): WalkOptions {
  const part = 'messages[].content[]';
  return {
    maxItems: o.maxItems,
    maxString: o.maxString,
    overrides: {
      model: fc.constant(o.model),
      max_tokens: fc.integer({ min: 1, max: o.maxTokens }),
      max_completion_tokens: fc.integer({ min: 1, max: o.maxTokens }),
      n: fc.integer({ min: 1, max: o.maxN }),
      [`${part}.image_url.url`]: fc.constant(PNG_DATA_URL),
      [`${part}.input_audio.data`]: fc.constant(WAV_BASE64),
      [`${part}.input_audio.format`]: fc.constant('wav'),
      [`${part}.file`]: fc.constant(null).map(() => ({ filename: 'hello.pdf', file_data: PDF_DATA_URL })),
      'messages[].tool_calls[].function.arguments': argumentsJson,
      'tools[].function.parameters': jsonSchemaObject,
      // token ids a real tokenizer has (the schema only says digits)
      logit_bias: fc.option(
        fc.dictionary(fc.integer({ min: 0, max: 50_000 }).map(String), fc.integer({ min: -100, max: 100 }), {
          maxKeys: o.maxItems,
          noNullPrototype: true,
        }),
        { nil: null },
      ),
      'response_format.json_schema.schema': jsonSchemaObject,
      ...(o.stream === undefined ? {} : { stream: fc.constant(o.stream) }),
    },
    skip: (path, node) => {
      // parts only narrows the media parts of user content; text (and assistant refusal) parts always stay
      const type = (node.properties as Record<string, JsonSchema> | undefined)?.type?.const;
      if (path === part && (type === 'image_url' || type === 'input_audio' || type === 'file'))
        return !o.parts.includes(type);
      return o.omit.includes(path);
    },
  };
}

const messageOf = (role: string, w: WalkOptions) =>
  arbitraryFor(CHAT_ROOT, defs[`${role}Message`], 'messages[]', w) as fc.Arbitrary<Msg>;

/** A conversation of at most maxMessages: optional system/developer prompt, a user turn, then plain or tool turns. */
function conversation(o: ResolvedOptions, w: WalkOptions): fc.Arbitrary<Msg[]> {
  const assistant = messageOf('assistant', w);
  const plainTurn = fc.tuple(assistant, messageOf('user', w)).map(([a, u]) => {
    const { tool_calls: _t, ...rest } = a;
    return [{ ...rest, content: rest.content ?? 'OK.' }, u];
  });
  const toolTurn = fc
    .tuple(
      assistant,
      fc.array(messageOf('tool', w), { minLength: 1, maxLength: 2 }),
      fc.array(arbitraryFor(CHAT_ROOT, defs.toolCall, 'messages[].tool_calls[]', w) as fc.Arbitrary<Msg>, {
        minLength: 2,
        maxLength: 2,
      }),
    )
    .map(([a, tools, calls]) => {
      const used = calls
        .slice(0, tools.length)
        .map((c, k) => ({ ...c, id: `call_${k}_${String(c.id).replace(/\W/g, '').slice(0, 8)}` }));
      return [{ ...a, tool_calls: used }, ...tools.map((t, k) => ({ ...t, tool_call_id: used[k].id }))];
    });
  return fc
    .tuple(
      fc.option(fc.oneof(messageOf('system', w), messageOf('developer', w)), { nil: undefined }),
      messageOf('user', w),
      fc.array(fc.oneof(plainTurn, toolTurn), { maxLength: o.maxMessages }),
    )
    .map(([prompt, first, turns]) => {
      const out: Msg[] = prompt && o.maxMessages > 1 ? [prompt, first] : [first];
      for (const turn of turns) {
        if (out.length + turn.length > o.maxMessages) break;
        out.push(...turn);
      }
      return out;
    });
}

/** Apply the API's cross-field rules (each one a 400 on OpenAI when broken). */
export function cohereChat(req: Record<string, unknown>, o: ResolvedOptions): Record<string, unknown> {
  const r = { ...req };
  for (const key of o.omit) if (key !== 'model' && key !== 'messages') delete r[key];
  if (r.top_logprobs !== undefined && r.top_logprobs !== null) r.logprobs = true;
  if (r.stream_options !== undefined && r.stream_options !== null) {
    if (o.stream === false) delete r.stream_options;
    else r.stream = true;
  }
  if (r.max_tokens !== undefined && r.max_completion_tokens !== undefined) delete r.max_tokens;
  // metadata is for stored completions; without store it is at best ignored
  if (r.metadata != null && r.store !== true) delete r.metadata;
  const tools = Array.isArray(r.tools) ? (r.tools as Msg[]) : [];
  if (tools.length === 0) {
    delete r.tools;
    delete r.tool_choice;
    delete r.parallel_tool_calls;
  } else {
    // names must be unique; a named tool_choice must name one of them
    r.tools = tools.map((t, i) => ({
      ...t,
      function: { ...(t.function as Msg), name: `${String((t.function as Msg).name).slice(0, 56)}_${i}` },
    }));
    const choice = r.tool_choice as Msg | string | undefined;
    if (choice && typeof choice === 'object')
      r.tool_choice = { type: 'function', function: { name: ((r.tools as Msg[])[0].function as Msg).name } };
  }
  const format = r.response_format as Msg | undefined;
  const spec = format?.type === 'json_schema' ? (format.json_schema as Msg) : undefined;
  // strict mode needs a schema (the generated ones are strict-compliant); without one strict is a 400
  if (spec?.strict === true && spec.schema === undefined) {
    const { strict: _s, ...loose } = spec;
    r.response_format = { ...format, json_schema: loose };
  }
  if (format?.type === 'json_object') {
    // JSON mode needs a system or user message that asks for JSON
    const messages = (r.messages as Msg[]).map((m) => ({ ...m }));
    const target =
      messages.find((m) => m.role === 'user' || m.role === 'system' || m.role === 'developer') ?? messages[0];
    target.content = Array.isArray(target.content)
      ? [...target.content, { type: 'text', text: 'Answer in JSON.' }]
      : `${target.content ?? ''} Answer in JSON.`;
    r.messages = messages;
  }
  return r;
}

/** Valid chat completion requests covering every generated field and its edge values. */
export function validChatRequest(options: RequestArbitraryOptions = {}): fc.Arbitrary<ChatCompletionRequest> {
  const o = resolveOptions(options, 'gpt-4o-mini');
  const w = walkOptions(o);
  w.overrides.messages = conversation(o, w);
  return arbitraryFor(CHAT_ROOT, CHAT_ROOT, '', w).map(
    (r) => cohereChat(r as Record<string, unknown>, o) as ChatCompletionRequest,
  );
}
