// Scripted replies for app tests: queue or match answers by last user message, model, tool or turn.
import { z } from 'zod';

export interface ScriptedToolCall {
  name: string;
  arguments: unknown; // an object is serialised; a string is sent as is
  id?: string;
}

export interface ScriptedError {
  status: number;
  message?: string;
  type?: string;
  code?: string | null;
  param?: string | null;
  headers?: Record<string, string>;
}

export type ScriptReply =
  { text: string } | { toolCalls: ScriptedToolCall[] } | { refusal: string } | { error: ScriptedError };

export interface ScriptMatch {
  lastUserMessage?: string | RegExp; // a string matches when the message contains it
  model?: string | RegExp;
  tool?: string; // the request offers a tool of this name
  turn?: number; // 1 + the number of assistant messages in the request
  endpoint?: string; // e.g. "/v1/chat/completions"
}

export interface ScriptRule {
  match?: ScriptMatch;
  reply: ScriptReply;
  times?: number; // default 1; Infinity for "always"
}

/** The kinds of reply besides errors (which every endpoint can give); an endpoint's table row lists its own. */
export type ScriptReplyKind = 'text' | 'refusal' | 'toolCalls';

export interface ScriptSubject {
  endpoint: string;
  accepts: readonly ScriptReplyKind[]; // from the endpoint's table row: replies it can give
  model: string;
  lastUserMessage: string;
  tools: string[];
  turn: number;
}

interface LiveRule extends ScriptRule {
  remaining: number;
}

export class Script {
  #rules: LiveRule[] = [];

  /** Answers the next matching request once (FIFO among rules). */
  reply(reply: ScriptReply, match?: ScriptMatch): this {
    return this.add({ reply, match, times: 1 });
  }

  /** Answers every matching request until cleared. */
  always(reply: ScriptReply, match?: ScriptMatch): this {
    return this.add({ reply, match, times: Infinity });
  }

  add(rule: ScriptRule): this {
    this.#rules.push({ ...rule, remaining: rule.times ?? 1 });
    return this;
  }

  /** Finds and consumes the first rule matching the request, if any. */
  take(subject: ScriptSubject): ScriptReply | undefined {
    const index = this.#rules.findIndex((r) => applies(r, subject));
    if (index === -1) return undefined;
    const rule = this.#rules[index];
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.#rules.splice(index, 1);
    return rule.reply;
  }

  /** number of rules waiting */
  get size(): number {
    return this.#rules.length;
  }

  rules(): ScriptRule[] {
    return this.#rules.map(({ remaining, ...rule }) => ({ ...rule, times: remaining }));
  }

  clear(): void {
    this.#rules = [];
  }
}

function applies(rule: LiveRule, s: ScriptSubject): boolean {
  const m = rule.match ?? {};
  // a reply the endpoint cannot give (text from embeddings, tool calls from legacy completions) skips it
  if (!('error' in rule.reply) && !s.accepts.includes(kindOf(rule.reply))) return false;
  return (
    (m.endpoint === undefined || m.endpoint === s.endpoint) &&
    (m.model === undefined || test(m.model, s.model, true)) &&
    (m.lastUserMessage === undefined || test(m.lastUserMessage, s.lastUserMessage, false)) &&
    (m.tool === undefined || s.tools.includes(m.tool)) &&
    (m.turn === undefined || m.turn === s.turn)
  );
}

function kindOf(reply: Exclude<ScriptReply, { error: unknown }>): ScriptReplyKind {
  return 'text' in reply ? 'text' : 'refusal' in reply ? 'refusal' : 'toolCalls';
}

function test(pattern: string | RegExp, value: string, exact: boolean): boolean {
  if (typeof pattern === 'string') return exact ? value === pattern : value.includes(pattern);
  pattern.lastIndex = 0; // a /g regex keeps state between calls
  return pattern.test(value);
}

// JSON form for the admin endpoint and config files: a RegExp is {"regex": "...", "flags": "i"}.
const pattern = z.union([
  z.string(),
  z
    .strictObject({
      regex: z.string(),
      flags: z
        .string()
        .regex(/^[dgimsuvy]*$/)
        .optional(),
    })
    .transform((p) => new RegExp(p.regex, p.flags)),
]);

export const scriptRuleJson = z.strictObject({
  match: z
    .strictObject({
      lastUserMessage: pattern.optional(),
      model: pattern.optional(),
      tool: z.string().optional(),
      turn: z.int().min(1).optional(),
      endpoint: z.string().optional(),
    })
    .optional(),
  reply: z.union([
    z.strictObject({ text: z.string() }),
    z.strictObject({
      toolCalls: z
        .array(z.strictObject({ name: z.string(), arguments: z.unknown(), id: z.string().optional() }))
        .min(1),
    }),
    z.strictObject({ refusal: z.string() }),
    z.strictObject({
      error: z.strictObject({
        status: z.int().min(400).max(599),
        message: z.string().optional(),
        type: z.string().optional(),
        code: z.string().nullable().optional(),
        param: z.string().nullable().optional(),
        headers: z.record(z.string(), z.string()).optional(),
      }),
    }),
  ]),
  times: z.union([z.int().min(1), z.literal('always')]).optional(),
});

export function ruleFromJson(json: z.output<typeof scriptRuleJson>): ScriptRule {
  return {
    match: json.match,
    reply: json.reply as ScriptReply,
    times: json.times === 'always' ? Infinity : json.times,
  };
}

/** The JSON form of a rule, for GET /_conform/script. */
export function ruleToJson(rule: ScriptRule): unknown {
  const m =
    rule.match &&
    Object.fromEntries(
      Object.entries(rule.match).map(([k, v]) => [k, v instanceof RegExp ? { regex: v.source, flags: v.flags } : v]),
    );
  return { match: m, reply: rule.reply, times: rule.times === Infinity ? 'always' : rule.times };
}
