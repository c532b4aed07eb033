import { describe, expect, it } from 'vitest';
import { validate } from '../../../schemas/index.ts';
import { completion, errorBody, fakeCtx } from '../internal/fake-transcripts.ts';
import { checks } from './checks.ts';
import { fakeIO, type Handler } from './fake-io.ts';
import { runProperty } from './probes.ts';
import { sameField } from './verdicts.ts';

const ctx = fakeCtx({ propertyRuns: 8, seed: 7 });
const byId = (id: string) => checks.find((c) => c.id === `properties.${id}`)!;

// a faithful server: 200 to schema-valid requests, 400 naming the first broken field otherwise
const faithful: Handler = (body) => {
  const v = validate('chat-completion-request', body);
  if (v.ok) return { status: 200, body: completion({ content: 'OK' }) };
  return { status: 400, body: errorBody(v.must[0].message, v.must[0].path || null, 'invalid_value') };
};

async function run(kind: 'valid' | 'invalid', handler: Handler, c = ctx) {
  const { io, transcript } = fakeIO(c, handler);
  await runProperty(io, kind);
  return { [`properties.${kind}-requests`]: { ...transcript, probeId: `properties.${kind}-requests` } };
}

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
    const t = { ...(await run('valid', faithful)), ...(await run('invalid', faithful)) };
    for (const c of checks) expect(c.grade(t, ctx).status, `${c.id}: ${JSON.stringify(c.grade(t, ctx))}`).toBe('pass');
  });

  it('are reproducible: the same seed sends the same requests and gets the same verdicts', async () => {
    const a = await run('invalid', faithful);
    const b = await run('invalid', faithful);
    const bodies = (t: typeof a) => Object.values(t)[0].exchanges.map((e) => e.request.body);
    expect(bodies(a)).toEqual(bodies(b));
    const other = await run('invalid', faithful, fakeCtx({ propertyRuns: 8, seed: 8 }));
    expect(bodies(other)).not.toEqual(bodies(a));
  });

  it('shrink a failing valid case and print it as curl with the key redacted', async () => {
    // rejects any request that sets `n` (Groq, B31): the shrunk case keeps n and little else
    const groq: Handler = (body) => (body.n !== undefined && body.n !== null ? { status: 400, body: errorBody("'n' : number must be at most 1", 'n') } : faithful(body));
    const t = await run('valid', groq, fakeCtx({ propertyRuns: 30, seed: 3 }));
    const g = byId('valid-accepted').grade(t, ctx);
    expect(g.status).toBe('fail');
    const message = ('message' in g ? g.message : undefined) ?? '';
    expect(message).toContain('Authorization: Bearer $OPENAI_API_KEY');
    expect(message).toContain('shrunk from case-');
    const curlBody = JSON.parse(message.slice(message.indexOf("-d '") + 4, message.lastIndexOf("'")).replace(/'\\''/g, "'")) as Record<string, unknown>;
    expect(Object.keys(curlBody).sort()).toEqual(['messages', 'model', 'n']);
  });

  it('fail a server that answers bad input with 200 or 500 (B30), flat error bodies (B23), a wrong param', async () => {
    const ok200: Handler = () => ({ status: 200, body: completion({ content: 'OK' }) });
    const rejected = byId('invalid-rejected').grade(await run('invalid', ok200), ctx);
    expect(rejected.status).toBe('fail');
    expect(('message' in rejected ? rejected.message ?? '' : '').split('\n')[0]).toMatchInlineSnapshot(`"8 of 8 generated case(s) broke the rule. Smallest: shrink-4 (temperature: out-of-range), shrunk from case-1: a request with an invalid temperature was answered 200, expected a 4xx"`);
    const flat: Handler = (body) => (validate('chat-completion-request', body).ok ? faithful(body) : { status: 400, body: { object: 'error', message: 'bad', type: 'BadRequestError', param: null, code: 400 } });
    const shape = byId('invalid-error-shape').grade(await run('invalid', flat), ctx);
    expect(shape.status).toBe('fail');
    const noParam: Handler = (body) => (validate('chat-completion-request', body).ok ? faithful(body) : { status: 400, body: errorBody('bad request', null) });
    const param = byId('invalid-param').grade(await run('invalid', noParam), ctx);
    expect(('message' in param ? param.message ?? '' : '').split('\n')[0]).toMatch(/error.param is null, expected it to name/);
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
