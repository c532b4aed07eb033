import { describe, expect, it } from 'vitest';
import { validate } from '../../../schemas/index.ts';
import type { TranscriptSet } from '../../engine/types.ts';
import { chatCompletion, ctx as fixtureCtx, errorBody, jsonEx, set, tr } from '../internal/fixtures.ts';
import { checks } from './rules.ts';
import { generateCases } from './cases.ts';
import { fakeIO, type Handler } from './fake-io.ts';
import { runProperty } from './probes.ts';
import { RESPONSES } from './targets.ts';
import { planResponse, responseObject, type ResponsesRequest } from '../../../mock/core/generate/index.ts';
import { sameField } from './verdicts.ts';

const ctx = fixtureCtx({ propertyRuns: 8, seed: 7 });
const byId = (id: string) => checks.find((c) => c.id === `properties.${id}`)!;
const chatChecks = checks.filter((c) => !c.id.startsWith('properties.responses-'));
const message = (g: { message?: string }) => (g.message ?? '').split('\n')[0];

// a faithful server: 200 to schema-valid requests, 400 naming the first broken field otherwise
const faithful: Handler = (body) => {
  const v = validate('chat-completion-request', body);
  if (v.ok) return { status: 200, body: chatCompletion('OK') };
  return { status: 400, body: errorBody(v.must[0].message, v.must[0].path || null, 'invalid_value') };
};

async function run(kind: 'valid' | 'invalid', handler: Handler, c = ctx): Promise<TranscriptSet> {
  const { io, transcript } = fakeIO(c, handler);
  await runProperty(io, kind);
  return { [`properties.${kind}-requests`]: { ...transcript, probeId: `properties.${kind}-requests` } };
}

/** both runs against one server: the valid cases are the invalid ones' twins */
const both = async (handler: Handler, c = ctx) => ({
  ...(await run('valid', handler, c)),
  ...(await run('invalid', handler, c)),
});

describe('property probes', () => {
  it('send exactly ctx.propertyRuns requests, failing or not', async () => {
    for (const handler of [faithful, () => ({ status: 500, body: { error: 'boom' } })]) {
      for (const kind of ['valid', 'invalid'] as const) {
        const t = await run(kind, handler);
        expect(Object.values(t)[0].exchanges).toHaveLength(8);
      }
    }
  });

  it('pass every rule against a faithful server', async () => {
    const t = await both(faithful);
    for (const c of chatChecks)
      expect(c.grade(t, ctx).status, `${c.id}: ${JSON.stringify(c.grade(t, ctx))}`).toBe('pass');
  });

  it('break each invalid case out of the valid case of the same index (its twin)', () => {
    const valid = generateCases('valid', ctx, 8);
    const invalid = generateCases('invalid', ctx, 8);
    for (const [i, c] of invalid.entries()) {
      const root = c.field!.split(/[.[]/)[0];
      const rest = (r: Record<string, unknown>) => JSON.stringify({ ...r, [root]: undefined });
      expect(rest(c.request), c.field).toBe(rest(valid[i].request));
    }
  });

  it('are reproducible: the same seed sends the same requests and gets the same verdicts', async () => {
    const a = await run('invalid', faithful);
    const b = await run('invalid', faithful);
    const bodies = (t: TranscriptSet) => Object.values(t)[0].exchanges.map((e) => e.request.body);
    expect(bodies(a)).toEqual(bodies(b));
    const other = await run('invalid', faithful, fixtureCtx({ propertyRuns: 8, seed: 8 }));
    expect(bodies(other)).not.toEqual(bodies(a));
  });

  it('shrink a failing valid case and print it as curl with the key redacted', async () => {
    // rejects any request that sets `n` (Groq, B31): the shrunk case keeps n and little else
    const groq: Handler = (body) =>
      body.n !== undefined && body.n !== null
        ? { status: 400, body: errorBody("'n' : number must be at most 1", 'n') }
        : faithful(body);
    const t = await run('valid', groq, fixtureCtx({ propertyRuns: 30, seed: 3 }));
    const g = byId('valid-accepted').grade(t, ctx);
    expect(g.status).toBe('fail');
    const text = ('message' in g ? g.message : undefined) ?? '';
    expect(text).toContain('Authorization: Bearer $OPENAI_API_KEY');
    expect(text).toContain('shrunk from case-');
    const curlBody = JSON.parse(
      text.slice(text.indexOf("-d '") + 4, text.lastIndexOf("'")).replace(/'\\''/g, "'"),
    ) as Record<string, unknown>;
    expect(Object.keys(curlBody).sort()).toEqual(['messages', 'model', 'n']);
  });

  it('accepting bad input warns (SHOULD); a 5xx fails (MUST, B30); flat error bodies (B23) and a wrong param are named', async () => {
    const ok200: Handler = () => ({ status: 200, body: chatCompletion('OK') });
    const accepted = await both(ok200);
    expect([byId('invalid-rejected').level, message(byId('invalid-rejected').grade(accepted, ctx))])
      .toMatchInlineSnapshot(`
      [
        "SHOULD",
        "8 of 8 generated case(s) broke the rule. Smallest: shrink-3 (messages[3].content[0].type: missing-required), shrunk from case-1: a request with an invalid messages[3].content[0].type was answered 200, expected a 4xx",
      ]
    `);
    expect(byId('invalid-no-5xx').grade(accepted, ctx).status).toBe('pass');
    expect(byId('invalid-param').grade(accepted, ctx)).toMatchInlineSnapshot(`
      {
        "message": "no generated invalid request was refused: the server accepted them (properties.invalid-rejected grades that)",
        "status": "inconclusive",
      }
    `);
    const boom: Handler = (body) =>
      validate('chat-completion-request', body).ok ? faithful(body) : { status: 500, body: errorBody('boom', null) };
    const serverError = await both(boom);
    expect([
      byId('invalid-no-5xx').level,
      byId('invalid-no-5xx').grade(serverError, ctx).status,
      byId('invalid-rejected').grade(serverError, ctx).status,
    ]).toEqual(['MUST', 'fail', 'fail']);
    const flat: Handler = (body) =>
      validate('chat-completion-request', body).ok
        ? faithful(body)
        : { status: 400, body: { object: 'error', message: 'bad', type: 'BadRequestError', param: null, code: 400 } };
    expect(byId('invalid-error-shape').grade(await both(flat), ctx).status).toBe('fail');
    const noParam: Handler = (body) =>
      validate('chat-completion-request', body).ok
        ? faithful(body)
        : { status: 400, body: errorBody('bad request', null) };
    expect(message(byId('invalid-param').grade(await both(noParam), ctx))).toMatch(
      /error.param is null, expected it to name/,
    );
  });

  it('a refusal counts only when the valid twin was accepted and the 4xx is about the field (issue 9: fixture 404s)', async () => {
    const fixtures: Handler = () => ({ status: 404, body: errorBody('No fixture matched', null) });
    const t = await both(fixtures);
    expect(byId('invalid-rejected').grade(t, ctx)).toMatchInlineSnapshot(`
      {
        "message": "cannot judge the rejection of an invalid messages[3].content[0].type: the valid twin properties.valid-requests (case-1) (the same request without an invalid messages[3].content[0].type) was refused too, with 404: No fixture matched",
        "prerequisite": "control properties.valid-requests (case-1) accepted",
        "status": "untestable",
      }
    `);
    // the twins accepted, the broken requests refused with a 404 that says nothing about the field
    const onlyValid: Handler = (body) =>
      validate('chat-completion-request', body).ok ? faithful(body) : fixtures(body);
    expect(byId('invalid-rejected').grade(await both(onlyValid), ctx)).toMatchInlineSnapshot(`
      {
        "message": "properties.invalid-requests (case-1) was refused with 404 (No fixture matched), which is not about an invalid messages[3].content[0].type, while its valid twin properties.valid-requests (case-1) was accepted",
        "prerequisite": "properties.invalid-requests (case-1) refused for an invalid messages[3].content[0].type",
        "status": "untestable",
      }
    `);
  });
});

describe('sameField', () => {
  it('is lenient on the path format only', () => {
    expect(sameField('messages.[0].role', 'messages[0].role')).toBe(true);
    expect(sameField('messages.0.role', 'messages[0].role')).toBe(true);
    expect(sameField("messages[0]['role']", 'messages[0].role')).toBe(true);
    expect(sameField('messages[1].role', 'messages[0].role')).toBe(false);
    expect(sameField('messages', 'messages[0].role')).toBe(false);
    expect(sameField(null, 'temperature')).toBe(false);
  });
});

describe('property probes of the Responses API', () => {
  const responsesCtx = fixtureCtx({ propertyRuns: 8, seed: 11 });
  // 200 with the mock's own answer to schema-valid requests, 400 naming the first broken field otherwise
  const faithfulResponses: Handler = (body) => {
    const v = validate('responses-request', body);
    if (!v.ok) return { status: 400, body: errorBody(v.must[0].message, v.must[0].path || null, 'invalid_value') };
    const req = body as unknown as ResponsesRequest;
    return {
      status: 200,
      body: responseObject(req, planResponse(req, { salt: 'x', history: [] }), {
        id: 'resp_1',
        created_at: 1,
        model: 'm',
      }),
    };
  };
  const control = (status: number) =>
    set(tr('chat.basic', [jsonEx('nonstream', status === 200 ? chatCompletion('OK') : errorBody('no'), { status })]));

  async function runResponses(kind: 'valid' | 'invalid', handler: Handler): Promise<TranscriptSet> {
    const { io, transcript } = fakeIO(responsesCtx, handler);
    await runProperty(io, kind, RESPONSES);
    const id = `properties.responses-${kind}-requests`;
    return { [id]: { ...transcript, probeId: id } };
  }
  const bothResponses = async (handler: Handler) => ({
    ...control(200),
    ...(await runResponses('valid', handler)),
    ...(await runResponses('invalid', handler)),
  });
  const responsesChecks = checks.filter((c) => c.id.startsWith('properties.responses-'));

  it('send store: false and nothing that needs state, a reasoning model or a stream; all rules pass on a faithful server', async () => {
    const t = await bothResponses(faithfulResponses);
    const sent = Object.values(t).flatMap((x) => x.exchanges.filter((e) => e.request.url.endsWith('/responses')));
    expect(sent).toHaveLength(16);
    for (const e of sent.slice(0, 8)) {
      const body = JSON.parse(e.request.body!) as Record<string, unknown>;
      expect(body.store).toBe(false);
      for (const key of ['previous_response_id', 'conversation', 'background', 'reasoning', 'stream', 'include'])
        expect(body, key).not.toHaveProperty(key);
    }
    expect(responsesChecks.map((c) => c.id)).toEqual([
      'properties.responses-valid-accepted',
      'properties.responses-valid-response-schema',
      'properties.responses-valid-response-schema-full',
      'properties.responses-invalid-rejected',
      'properties.responses-invalid-no-5xx',
      'properties.responses-invalid-error-shape',
      'properties.responses-invalid-error-shape-full',
      'properties.responses-invalid-param',
    ]);
    for (const c of responsesChecks)
      expect(c.grade(t, responsesCtx).status, `${c.id}: ${JSON.stringify(c.grade(t, responsesCtx))}`).toBe('pass');
  });

  it('a chat-shaped answer breaks the Response schema', async () => {
    const chatShaped: Handler = (body) =>
      validate('responses-request', body).ok ? { status: 200, body: chatCompletion('OK') } : faithfulResponses(body);
    const g = byId('responses-valid-response-schema').grade(await bothResponses(chatShaped), responsesCtx);
    expect(g.status).toBe('fail');
    expect(message(g)).toMatch(
      /^8 of 8 generated case\(s\) broke the rule\. Smallest: .*the response breaks the schema: /,
    );
  });

  it('no Responses route: one request each, then skipped while chat works; untestable when chat fails too', async () => {
    const missing: Handler = () => ({ status: 404, body: errorBody('Invalid URL (POST /v1/responses)', null) });
    const t = await bothResponses(missing);
    expect(t['properties.responses-valid-requests']!.exchanges).toHaveLength(1);
    expect(t['properties.responses-invalid-requests']!.exchanges).toHaveLength(1);
    for (const c of responsesChecks) expect(c.grade(t, responsesCtx).status, c.id).toBe('skip');
    expect(byId('responses-valid-accepted').grade(t, responsesCtx)).toMatchInlineSnapshot(`
      {
        "message": "the target does not serve the Responses API: POST /responses answered 404 (Invalid URL (POST /v1/responses)) while chat completions work",
        "status": "skip",
      }
    `);
    const broken = { ...t, ...control(500) };
    expect(byId('responses-invalid-rejected').grade(broken, responsesCtx).status).toBe('untestable');
  });
});
