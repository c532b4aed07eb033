// Every 2xx non-stream chat answer the chat probes recorded, so the shape checks grade all of them and each
// request feeds many checks. chat.basic is the prerequisite: without its answer nothing is graded. Streams
// (chat.realistic "stream") are graded by their own checks.
import type { Exchange, Grade, Transcript, TranscriptSet } from '../../engine/types.ts';
import { errorText, exchangeOf, parseJson, transcriptOf, type Parsed } from '../internal/read.ts';
import { CHAT_PROBES, P } from './probes.ts';

export interface ChatResponse {
  probe: string;
  label: string;
  ex: Exchange;
  tr: Transcript;
  parsed: Parsed;
  body: any; // the parsed body, undefined when it did not parse
}

export type Responses = { ok: true; items: ChatResponse[] } | { ok: false; grade: Grade };

export function chatResponses(t: TranscriptSet): Responses {
  const basic = exchangeOf(t, P.basic, 'nonstream');
  if (!basic.ok) return basic;
  const status = basic.value.response!.status;
  if (status < 200 || status >= 300)
    return {
      ok: false,
      grade: {
        status: 'untestable',
        message: `the minimal chat request got HTTP ${status}: ${errorText(basic.value)}`,
        prerequisite: P.basic,
      },
    };
  const items: ChatResponse[] = [];
  for (const probe of CHAT_PROBES) {
    const tr = transcriptOf(t, probe);
    if (!tr.ok) continue;
    for (const ex of tr.value.exchanges) {
      const r = ex.response;
      if (ex.via !== 'wire' || !r || r.status < 200 || r.status >= 300 || r.frames) continue;
      const parsed = parseJson(r.body);
      items.push({ probe, label: ex.label, ex, tr: tr.value, parsed, body: parsed.ok ? parsed.value : undefined });
    }
  }
  return { ok: true, items };
}
