// GET /models before anything else: learn the models, pick defaults, settle an unlisted --model with one
// control request, and notice a dead or hostile target after one request instead of after hundreds of timeouts.
import type { Exchange, Transcript } from './types.ts';
import type { Session } from './session.ts';
import { sendRecorded } from './transport/http.ts';
import { targetProblem, versionHint } from './preflight-target.ts';
import { controlBody, judgeControl } from './preflight-model.ts';

export interface PreflightResult {
  transcript: Transcript;
  models: string[];
  model?: string;
  embeddingModel?: string;
  /** requests the preflight sent (1, or 2 with a control request for an unlisted --model) */
  requests: number;
  /** set when the run cannot go on: every remaining check errors with this reason */
  fatal?: string;
  /** set when the options are wrong (an unknown --model): a usage error, exit 2, no probe sent */
  usage?: string;
}

const NOT_CHAT = /embed|whisper|transcribe|tts|dall-e|gpt-image|moderation/i;

export function defaultChatModel(models: string[]): string | undefined {
  return models.find((m) => !NOT_CHAT.test(m));
}

export function defaultEmbeddingModel(models: string[]): string | undefined {
  return models.find((m) => /embed/i.test(m));
}

export async function preflight(
  session: Session,
  want: { model?: string; embeddingModel?: string },
): Promise<PreflightResult> {
  const t0 = Date.now();
  const transcript: Transcript = {
    probeId: 'preflight',
    startedAt: new Date(t0).toISOString(),
    durationMs: 0,
    exchanges: [],
    sdk: [],
  };
  const result: PreflightResult = { transcript, models: [], requests: 0 };
  const finish = (): PreflightResult => {
    transcript.durationMs = Date.now() - t0;
    if (result.fatal) transcript.failure = { kind: 'error', message: result.fatal };
    return result;
  };
  const send = async (
    label: string,
    method: 'GET' | 'POST',
    path: string,
    json?: unknown,
  ): Promise<Exchange | undefined> => {
    if (!session.budget.take()) return undefined;
    session.sent.count++;
    result.requests++;
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...session.headers,
      authorization: `Bearer ${session.apiKey}`,
    };
    if (json !== undefined) headers['content-type'] = 'application/json';
    const { exchange } = await sendRecorded(
      {
        label,
        via: 'wire',
        method,
        url: `${session.baseUrl}${path}`,
        headers,
        body: json === undefined ? undefined : JSON.stringify(json),
        stream: false,
      },
      session.limits,
      session.redactor,
    );
    exchange.sentAtMs = Date.now() - t0;
    transcript.exchanges.push(exchange);
    return exchange;
  };

  const list = await send('models', 'GET', '/models');
  if (!list) {
    result.fatal = `[conform] --budget ${session.budget.limit} leaves no request for the preflight GET /models. Use --budget 1 or more.`;
    return finish();
  }
  result.fatal = targetProblem(list, session.baseUrl);
  if (result.fatal) return finish();
  const res = list.response!;
  if (res.status < 300) result.models = modelIds(res.body);
  result.embeddingModel = want.embeddingModel ?? defaultEmbeddingModel(result.models);
  result.model = want.model ?? defaultChatModel(result.models);
  if (!result.model) {
    const where = `GET ${session.baseUrl}/models`;
    const hint = versionHint(session.baseUrl);
    result.fatal =
      res.status < 300
        ? `[conform] no chat model to test: ${where} listed ${result.models.length} models, none chat-like. Pass --model <id>.`
        : `[conform] no chat model to test: ${where} answered ${res.status}, so none could be picked. ${hint ? `${hint}, or pass --model <id>.` : 'Pass --model <id>.'}`;
    return finish();
  }
  if (want.model !== undefined && !result.models.includes(want.model)) {
    const control = await send('model-control', 'POST', '/chat/completions', controlBody(want.model));
    if (!control) {
      (transcript.notes ??= []).push(
        `--model ${want.model} is not listed by GET /models; --budget left no request to check it`,
      );
      return finish();
    }
    const verdict = judgeControl(control, want.model, result.models, session.baseUrl);
    if (verdict.ok) {
      if (verdict.note) (transcript.notes ??= []).push(session.redactor.text(verdict.note));
    } else if ('usage' in verdict) result.usage = session.redactor.text(verdict.usage);
    else result.fatal = verdict.fatal;
  }
  return finish();
}

/** lenient on purpose: the models checks grade the shape; here we only want ids to pick a default from */
export function modelIds(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { data?: unknown } | unknown[];
    const list = Array.isArray(parsed) ? parsed : (parsed as { data?: unknown })?.data;
    if (!Array.isArray(list)) return [];
    return list
      .map((m) => (typeof m === 'string' ? m : (m as { id?: unknown })?.id))
      .filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}
