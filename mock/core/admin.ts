// Admin endpoints of the mock, outside /v1: read the ledger and journal, reset state, script replies (JSON form).
import { z } from 'zod';
import { apiError } from './errors.ts';
import { ruleFromJson, ruleToJson, scriptRuleJson } from './script.ts';
import type { MockState } from './state.ts';
import type { MockJsonResponse, MockRequest } from './types.ts';

export function handleAdmin(state: MockState, action: string, req: MockRequest): MockJsonResponse {
  const method = req.method.toUpperCase();
  const key = `${method} ${action}`;
  switch (key) {
    case 'GET ledger':
      return json(200, { entries: state.ledger.entries(), totals: state.ledger.totals() });
    case 'GET journal':
      return json(200, { entries: state.journal.entries() });
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
  const known = ['GET ledger', 'GET journal', 'DELETE journal', 'POST reset', 'GET script', 'POST script', 'DELETE script', 'POST faults', 'DELETE faults'];
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
      ? z.strictObject({ rules: z.array(scriptRuleJson) }).transform((v) => v.rules).safeParse(value)
      : scriptRuleJson.transform((r) => [r]).safeParse(value);

function addRules(state: MockState, body: string | undefined): MockJsonResponse {
  let value: unknown;
  try {
    value = JSON.parse(body ?? '');
  } catch {
    return bad(`[conform] mock admin: the body of POST /_conform/script is not JSON. Send {"reply":{"text":"…"}} or {"rules":[…]}.`);
  }
  const parsed = rulesOf(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return bad(`[conform] mock admin: invalid script rule at ${at || 'the body'}: ${issue.message}. A rule is {"match"?:{…},"reply":{"text"|"toolCalls"|"refusal"|"error":…},"times"?:n|"always"}.`);
  }
  const rules = parsed.data;
  for (const rule of rules) state.script.add(ruleFromJson(rule));
  return json(200, { added: rules.length, rules: state.script.rules().map(ruleToJson) });
}

/** POST /_conform/faults {"faults": {"status": 503} | "status=503", "times"?: 2}: the next requests fail so. */
function scheduleFaults(state: MockState, body: string | undefined): MockJsonResponse {
  let value: { faults?: unknown; times?: unknown };
  try {
    value = JSON.parse(body ?? '');
  } catch {
    return bad('[conform] mock admin: the body of POST /_conform/faults is not JSON. Send {"faults":"status=503","times":1}.');
  }
  try {
    state.faults.next(value?.faults as never, value?.times === undefined ? 1 : (value.times as number));
  } catch (error) {
    return bad((error as Error).message);
  }
  return json(200, { pending: state.faults.pending });
}

function bad(message: string): MockJsonResponse {
  return apiError(400, { message, type: 'invalid_request_error', param: null, code: null });
}

function json(status: number, value: unknown): MockJsonResponse {
  return { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }, body: JSON.stringify(value) };
}
