// The journal as a cases document (schemas/cases.schema.json) for `conform cases FILE`: one case per distinct
// request (retries and repeats merged), expectations inferred from what the app relied on — the status; a tool
// called with arguments valid against its schema; JSON, or JSON valid against the schema, when response_format
// asked for it; the finish reason; stop sequences honoured; a clean stream; usage when the stream asked for it.
// Secrets stripped: headers are never recorded, and credential-looking keys and values in bodies are redacted.
import type { Case, ConformCases, Expect } from '../../schemas/generated/cases.ts';
import type { JournalEntry } from './journal.ts';

// the copy the npm package ships, so editors complete the file; offline, point it at
// ./node_modules/openai-conform/schemas/cases.schema.json instead
export const CASES_SCHEMA_URL = 'https://unpkg.com/openai-conform/schemas/cases.schema.json';
export const REDACTED = '[redacted]';

export function journalToCases(entries: readonly JournalEntry[]): ConformCases {
  const byRequest = new Map<string, { entry: JournalEntry; request: Case['request'] }>();
  for (const e of entries) {
    if (e.bodyChars !== undefined || e.status === 0) continue; // a cut body cannot be replayed as sent
    const body = e.body === undefined || e.body === '' ? undefined : redactBody(e.body);
    const request: Case['request'] = { method: e.method as 'GET' | 'POST' | 'DELETE', path: apiPath(e.path) };
    if (body !== undefined) request.body = body as Record<string, unknown>;
    const key = `${e.method} ${request.path} ${stableJson(body)}`;
    byRequest.delete(key); // the last answer is the one the app went on with (a retry after a 429)
    byRequest.set(key, { entry: e, request });
  }
  const names = new Map<string, number>();
  const cases: Case[] = [];
  for (const { entry, request } of byRequest.values()) {
    const base = nameOf(request);
    const n = (names.get(base) ?? 0) + 1;
    names.set(base, n);
    const c: Case = { name: n === 1 ? base : `${base} #${n}`, request };
    const expect = expectOf(entry, request);
    if (Object.keys(expect).length > 0) c.expect = expect;
    cases.push(c);
  }
  return { $schema: CASES_SCHEMA_URL, cases };
}

function expectOf(e: JournalEntry, request: Case['request']): Expect {
  const out: Expect = { status: e.status };
  if (e.status < 200 || e.status >= 300) return out;
  const body = isObject(request.body) ? request.body : {};
  const kind = endpointOf(request.path);
  if (kind !== 'other') out.schema = 'must';
  if (body.stream === true && kind !== 'embeddings') out.stream = true;
  const answer = e.answer;
  if (answer?.finishReason !== undefined) out.finishReason = answer.finishReason;
  const called = answer?.toolCalls?.[0];
  if (called !== undefined)
    out.toolCall = hasParameters(body, called) ? { name: called, arguments: 'valid' } : { name: called };
  const format = isObject(body.response_format) ? body.response_format : undefined;
  if (called === undefined && format?.type === 'json_object') out.content = { json: true };
  const schema = isObject(format?.json_schema) ? format.json_schema.schema : undefined;
  if (called === undefined && format?.type === 'json_schema' && isObject(schema)) out.content = { schema };
  const textFormat = isObject(body.text) && isObject(body.text.format) ? body.text.format : undefined; // Responses API
  if (called === undefined && textFormat?.type === 'json_schema' && isObject(textFormat.schema))
    out.content = { schema: textFormat.schema };
  if ([body.stop ?? []].flat().some((s) => typeof s === 'string' && s !== '')) out.stop = true;
  if (isObject(body.stream_options) && body.stream_options.include_usage === true) out.usage = true;
  return out;
}

function hasParameters(body: Record<string, unknown>, name: string): boolean {
  const tools = Array.isArray(body.tools) ? body.tools : [];
  return tools.some((t) => {
    const fn = isObject(t) && isObject(t.function) ? t.function : t;
    return isObject(fn) && fn.name === name && isObject(fn.parameters);
  });
}

/** "/v1/chat/completions" → "/chat/completions": cases are relative to the base URL, which ends in /v1 */
function apiPath(path: string): string {
  return path.replace(/^\/v1(?=\/|$)/, '') || '/';
}

function endpointOf(path: string): 'chat' | 'completions' | 'embeddings' | 'responses' | 'models' | 'other' {
  if (path.endsWith('/chat/completions')) return 'chat';
  if (path.endsWith('/completions')) return 'completions';
  if (path.endsWith('/embeddings')) return 'embeddings';
  if (path.endsWith('/responses')) return 'responses';
  if (path.endsWith('/models')) return 'models';
  return 'other';
}

/** "chat: What is the weather in Paris?" — the endpoint and the start of the last user text */
function nameOf(request: Case['request']): string {
  const body = isObject(request.body) ? request.body : {};
  const kind = endpointOf(request.path);
  const label = kind === 'other' ? `${request.method ?? 'POST'} ${request.path}` : kind;
  const streamed = body.stream === true ? ' (stream)' : '';
  const text = promptOf(body);
  return text ? `${label}${streamed}: ${text}` : `${label}${streamed}`;
}

function promptOf(body: Record<string, unknown>): string | undefined {
  const textOf = (content: unknown): string | undefined =>
    typeof content === 'string'
      ? content
      : Array.isArray(content)
        ? content
            .map((p) => (typeof p === 'string' ? p : isObject(p) && typeof p.text === 'string' ? p.text : ''))
            .join(' ')
        : undefined;
  const turns = Array.isArray(body.messages) ? body.messages : Array.isArray(body.input) ? body.input : undefined;
  if (turns) {
    const user = [...turns].reverse().find((m) => isObject(m) && m.role === 'user');
    const after = isObject(turns.at(-1)) && turns.at(-1).role === 'tool' ? ' (after the tool result)' : '';
    const text = isObject(user) ? textOf(user.content) : undefined;
    if (text) return `${clip(text, 60)}${after}`;
  }
  for (const v of [body.input, body.prompt]) {
    const t = textOf(v);
    if (t?.trim()) return clip(t, 60);
  }
  return undefined;
}

// keys whose values are credentials whatever they hold (max_tokens or prompt_cache_key are not)
const SECRET_KEY =
  /^(?:api[-_]?key|apikey|x[-_]api[-_]key|secret|client[-_]?secret|password|passwd|token|access[-_]?token|refresh[-_]?token|id[-_]?token|auth|authorization|credentials?|cookie|session[-_]?id)$/i;
// values that are credentials under any key: an auth scheme, a known key prefix, a JWT, a cloud key id
const SECRET_TEXT =
  /\b(?:bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}|\b(?:sk|pk|rk|ak)[-_][A-Za-z0-9_-]{8,}|\bey[A-Za-z0-9_-]{8,}\.ey[A-Za-z0-9_-]+|\b(?:AKIA|ASIA)[A-Z0-9]{12,}|\b(?:ghp|gho|github_pat|glpat|xox[abpr]|AIza)[A-Za-z0-9_-]{8,}/gi;

/** a copy with credential-looking keys' values and credential-looking text replaced by "[redacted]" */
export function redactBody(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(SECRET_TEXT, REDACTED);
  if (Array.isArray(value)) return value.map(redactBody);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) && v !== null ? REDACTED : redactBody(v);
  return out;
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}

function clip(text: string, max: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
