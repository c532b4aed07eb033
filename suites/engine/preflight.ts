// GET /models before anything else: learn the models, pick defaults, and notice a dead or hostile
// target after one request instead of after hundreds of timeouts.
import type { Exchange, Transcript } from './types.ts';
import type { Session } from './session.ts';
import { sendRecorded } from './transport/http.ts';

export interface PreflightResult {
  transcript: Transcript;
  models: string[];
  model?: string;
  embeddingModel?: string;
  /** set when the run cannot go on: every remaining check errors with this reason */
  fatal?: string;
}

const NOT_CHAT = /embed|whisper|tts|dall-e|moderation/i;

export { modelIds };

export function defaultChatModel(models: string[]): string | undefined {
  return models.find((m) => !NOT_CHAT.test(m));
}

export function defaultEmbeddingModel(models: string[]): string | undefined {
  return models.find((m) => /embed/i.test(m));
}

export async function preflight(session: Session, want: { model?: string; embeddingModel?: string }): Promise<PreflightResult> {
  const startedAt = new Date().toISOString();
  const t0 = Date.now();
  const transcript: Transcript = { probeId: 'preflight', startedAt, durationMs: 0, exchanges: [], sdk: [] };
  const result: PreflightResult = { transcript, models: [] };
  if (!session.budget.take()) {
    result.fatal = `[conform] --budget ${session.budget.limit} leaves no request for the preflight GET /models. Use --budget 1 or more.`;
    return result;
  }
  session.sent.count++;
  const { exchange } = await sendRecorded(
    {
      label: 'models',
      via: 'wire',
      method: 'GET',
      url: `${session.baseUrl}/models`,
      headers: { accept: 'application/json', ...session.headers, authorization: `Bearer ${session.apiKey}` },
      stream: false,
    },
    session.limits,
    session.redactor,
  );
  exchange.sentAtMs = 0;
  transcript.exchanges.push(exchange);
  transcript.durationMs = Date.now() - t0;
  result.fatal = deadTarget(exchange, session.baseUrl);
  if (!result.fatal && exchange.response && exchange.response.status < 300) {
    result.models = modelIds(exchange.response.body);
  }
  result.model = want.model ?? defaultChatModel(result.models);
  result.embeddingModel = want.embeddingModel ?? defaultEmbeddingModel(result.models);
  if (!result.fatal && !result.model) {
    result.fatal = `[conform] no chat model to test: GET ${session.baseUrl}/models answered ${exchange.response?.status} listing ${result.models.length} models, none chat-like. Pass --model <id>.`;
  }
  if (result.fatal) transcript.failure = { kind: 'error', message: result.fatal };
  return result;
}

function deadTarget(ex: Exchange, baseUrl: string): string | undefined {
  const where = `GET ${baseUrl}/models`;
  if (ex.error && !ex.response) return `[conform] target unreachable: ${where} ${ex.error.message}. Check --base-url and that the server is up.`;
  if (ex.error) return `[conform] target misbehaved: ${where} ${ex.error.message}.`;
  const res = ex.response!;
  const type = res.headers['content-type'] ?? '';
  if (res.status === 401 || res.status === 403) {
    return `[conform] the target rejected the API key: ${where} answered ${res.status}. Pass a valid key with --api-key or OPENAI_API_KEY.`;
  }
  if (/html/i.test(type) || /^\s*<(!doctype|html)/i.test(res.body)) {
    return `[conform] the target answered HTML, not the API: ${where} gave ${res.status} ${type || 'without a content-type'}. Check --base-url (it usually ends in /v1).`;
  }
  return undefined;
}

/** lenient on purpose: the models checks grade the shape; here we only want ids to pick a default from */
function modelIds(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { data?: unknown } | unknown[];
    const list = Array.isArray(parsed) ? parsed : (parsed as { data?: unknown })?.data;
    if (!Array.isArray(list)) return [];
    return list.map((m) => (typeof m === 'string' ? m : (m as { id?: unknown })?.id)).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}
