// Preflight settles the model before any probe: a --model GET /models does not list gets ONE control chat
// completion, because providers accept aliases they do not list. Only a rejection that names the model
// (400/404 mentioning it, param "model", or code model_not_found) makes it a usage error, with the
// closest listed ids; anything else lets the run go on and the checks speak.
import type { Exchange } from './types.ts';
import { closest } from './closest.ts';
import { versionHint } from './preflight-target.ts';

/** the control request: as small as a chat completion gets */
export function controlBody(model: string): unknown {
  return { model, messages: [{ role: 'user', content: 'Say OK' }], max_tokens: 16 };
}

export type ModelVerdict =
  | { ok: true; note?: string }
  | { ok: false; usage: string } // exit 2: the model does not exist
  | { ok: false; fatal: string }; // the run cannot go on (every check errors)

export function judgeControl(ex: Exchange, model: string, listed: string[], baseUrl: string): ModelVerdict {
  const res = ex.response;
  const where = `POST ${baseUrl}/chat/completions`;
  if (!res)
    return {
      ok: true,
      note: `--model ${model} is not listed by GET /models and the control request got no answer (${ex.error?.message ?? 'no response'}); the probes will tell`,
    };
  if (res.status >= 200 && res.status < 300)
    return { ok: true, note: `--model ${model} is not listed by GET /models, but ${where} accepted it (an alias?)` };
  if ((res.status === 400 || res.status === 404) && namesModel(res.body, model)) {
    const near = closest(model, listed);
    const listedText =
      listed.length === 0
        ? 'GET /models listed no model'
        : near.length > 0
          ? `Closest listed ids: ${near.join(', ')}`
          : `GET /models lists ${listed.length} ids, none close (first: ${listed.slice(0, 3).join(', ')})`;
    return {
      ok: false,
      usage: `[conform] unknown model "${model}": GET /models does not list it and ${where} rejected it (${res.status}: ${errorText(res.body)}). ${listedText}. Pass one with --model.`,
    };
  }
  const hint = versionHint(baseUrl);
  if (res.status === 404 && hint)
    return { ok: false, fatal: `[conform] no API at ${baseUrl}: GET /models and ${where} answered 404. ${hint}.` };
  return {
    ok: true,
    note: `--model ${model} is not listed by GET /models; the control request answered ${res.status} without naming the model, so the run goes on`,
  };
}

function namesModel(body: string, model: string): boolean {
  const err = parsedError(body);
  if (err?.code === 'model_not_found' || err?.param === 'model') return true;
  return body.toLowerCase().includes(model.toLowerCase());
}

function parsedError(body: string): { code?: unknown; param?: unknown; message?: unknown } | undefined {
  try {
    const v = JSON.parse(body) as { error?: unknown };
    return v && typeof v.error === 'object' && v.error !== null
      ? (v.error as { code?: unknown; param?: unknown; message?: unknown })
      : undefined;
  } catch {
    return undefined;
  }
}

function errorText(body: string): string {
  const m = parsedError(body)?.message;
  const text = typeof m === 'string' ? m : body.trim();
  const line = text.replace(/\s+/g, ' ');
  return line.length > 160 ? `${line.slice(0, 159)}…` : line || '(empty body)';
}
