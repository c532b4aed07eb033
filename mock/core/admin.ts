// Admin endpoints of the mock, outside /v1: read the ledger and journal, reset state, script replies (JSON form).
// Who may call them: admin-guard.ts. Reads are paged (?offset=&limit=), so a read costs one page, not the window.
import { z } from 'zod';
import { guardAdmin } from './admin-guard.ts';
import { apiError } from './errors.ts';
import { ruleFromJson, ruleToJson, scriptRuleJson } from './script.ts';
import type { MockState } from './state.ts';
import type { MockDraft, MockJsonDraft, MockRequest } from './types.ts';

export const PAGE = { default: 1_000, max: 10_000 };

export function handleAdmin(state: MockState, action: string, req: MockRequest): MockDraft {
  const refused = guardAdmin(state.options, req, action);
  if (refused) return refused;
  const method = req.method.toUpperCase();
  const key = `${method} ${action}`;
  switch (key) {
    case 'GET ledger': {
      const page = pageOf(req.query ?? {});
      if (typeof page === 'string') return bad(page);
      const entries = state.ledger.entries({ key: req.query?.key, offset: page.offset, limit: page.limit + 1 });
      return json(200, {
        entries: entries.slice(0, page.limit),
        totals: state.ledger.totals(),
        page: pageInfo(page, entries.length),
        window: state.ledger.window,
      });
    }
    case 'GET journal': {
      const page = pageOf(req.query ?? {});
      if (typeof page === 'string') return bad(page);
      const filter = { path: req.query?.path, key: req.query?.key };
      // ?format=cases: the whole window as a cases document for `conform cases FILE` (not paged: one file)
      if (req.query?.format === 'cases') return json(200, state.journal.toCases(filter));
      if (req.query?.format !== undefined)
        return bad(
          `[conform] mock admin: ?format= takes "cases" (a cases document for conform cases FILE), got ${JSON.stringify(req.query.format.slice(0, 40))}. Leave it out for the journal entries.`,
        );
      const all = state.journal.entries(filter);
      const entries = all.slice(page.offset, page.offset + page.limit + 1);
      return json(200, {
        entries: entries.slice(0, page.limit),
        page: pageInfo(page, entries.length),
        dropped: state.journal.dropped,
      });
    }
    case 'DELETE journal':
      state.journal.clear();
      return json(200, { ok: true });
    case 'POST reset':
      state.ledger.reset();
      state.journal.clear();
      state.script.clear();
      for (const rule of state.options.script) state.script.add(rule);
      state.limiter.reset();
      state.faults.clear();
      state.responses.clear();
      state.images.clear();
      return json(200, { ok: true });
    case 'GET script':
      return json(200, { rules: state.script.rules().map(ruleToJson) });
    case 'DELETE script':
      state.script.clear();
      return json(200, { ok: true });
    case 'POST script':
      return addRules(state, req.body);
    case 'POST faults':
      return scheduleFaults(state, req.body);
    case 'DELETE faults':
      state.faults.clear();
      return json(200, { ok: true });
  }
  const known = [
    'GET ledger',
    'GET journal',
    'DELETE journal',
    'POST reset',
    'GET script',
    'POST script',
    'DELETE script',
    'POST faults',
    'DELETE faults',
  ];
  return apiError(404, {
    message: `[conform] mock admin: no endpoint ${method} /_conform/${action}. Available: ${known.map((k) => k.replace(' ', ' /_conform/')).join(', ')}.`,
    type: 'invalid_request_error',
    param: null,
    code: null,
  });
}

// pick the form from the body's shape first, so a typo gets the issue of that form, not "Invalid input"
const rulesOf = (value: unknown) =>
  Array.isArray(value)
    ? z.array(scriptRuleJson).safeParse(value)
    : value !== null && typeof value === 'object' && 'rules' in value
      ? z
          .strictObject({ rules: z.array(scriptRuleJson) })
          .transform((v) => v.rules)
          .safeParse(value)
      : scriptRuleJson.transform((r) => [r]).safeParse(value);

function addRules(state: MockState, body: string | undefined): MockDraft {
  let value: unknown;
  try {
    value = JSON.parse(body ?? '');
  } catch {
    return bad(
      `[conform] mock admin: the body of POST /_conform/script is not JSON. Send {"reply":{"text":"…"}} or {"rules":[…]}.`,
    );
  }
  const parsed = rulesOf(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    return bad(
      `[conform] mock admin: invalid script rule at ${at || 'the body'}: ${issue.message}. A rule is {"match"?:{…},"reply":{"text"|"toolCalls"|"refusal"|"error":…},"times"?:n|"always"}.`,
    );
  }
  const rules = parsed.data;
  for (const rule of rules) state.script.add(ruleFromJson(rule));
  return json(200, { added: rules.length, rules: state.script.rules().map(ruleToJson) });
}

/** POST /_conform/faults {"faults": {"status": 503} | "status=503", "times"?: 2}: the next requests fail so. */
function scheduleFaults(state: MockState, body: string | undefined): MockDraft {
  let value: { faults?: unknown; times?: unknown };
  try {
    value = JSON.parse(body ?? '');
  } catch {
    return bad(
      '[conform] mock admin: the body of POST /_conform/faults is not JSON. Send {"faults":"status=503","times":1}.',
    );
  }
  try {
    state.faults.next(value?.faults as never, value?.times === undefined ? 1 : (value.times as number));
  } catch (error) {
    return bad((error as Error).message);
  }
  return json(200, { pending: state.faults.pending });
}

/** ?offset=N&limit=M, both whole numbers; the default page is PAGE.default entries, at most PAGE.max. */
function pageOf(query: Record<string, string>): { offset: number; limit: number } | string {
  const read = (name: 'offset' | 'limit', fallback: number, max: number): number | string => {
    const raw = query[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n > max)
      return `[conform] mock admin: ?${name}= takes a whole number from 0 to ${max}, got ${JSON.stringify(raw.slice(0, 40))}.`;
    return n;
  };
  const offset = read('offset', 0, Number.MAX_SAFE_INTEGER);
  const limit = read('limit', PAGE.default, PAGE.max);
  if (typeof offset === 'string') return offset;
  if (typeof limit === 'string') return limit;
  return { offset, limit };
}

/** `next`: the offset of the following page, or null on the last one (`fetched` is one more than a full page when there is more). */
function pageInfo(page: { offset: number; limit: number }, fetched: number) {
  return { offset: page.offset, limit: page.limit, next: fetched > page.limit ? page.offset + page.limit : null };
}

function bad(message: string): MockJsonDraft {
  return apiError(400, { message, type: 'invalid_request_error', param: null, code: null });
}

function json(status: number, value: unknown): MockJsonDraft {
  return { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, json: value };
}
