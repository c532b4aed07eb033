// The Responses API of the mock driven by the official SDK: openai 6 (Node 20) through each adapter, and openai 7
// (Node 22, fetched with npx) against the standalone server. One flow (tests/fixtures/responses-flow.mjs): create,
// stream + finalResponse(), a tools round trip by call_id, parse() with a strict schema, previous_response_id,
// retrieve, input items, delete. Every raw body is held to its schema at both levels.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import OpenAI from 'openai';
import { afterAll, describe, expect, it } from 'vitest';
import { runResponsesFlow, sseData, type FlowResult, type RawAnswer } from '../fixtures/responses-flow.mjs';
import type { SchemaName } from '../../schemas/registry.ts';
import { ADAPTERS, internalErrors, startTarget, stopMsw, type Target } from './internal/mock-targets.ts';
import { expectSchema } from './internal/mock-schema-assert.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPX_NODE22 = ['-y', '-p', 'node@22', 'node'];

const targets: Target[] = [];
afterAll(async () => {
  await Promise.all(targets.map((t) => t.close()));
  stopMsw();
  expect(internalErrors).toEqual([]);
});

/** the schema a raw answer must match */
function schemaOf(a: RawAnswer): SchemaName {
  if (a.status >= 400) return 'error-body';
  if (a.method === 'DELETE') return 'response-deleted';
  if (a.path.endsWith('/input_items')) return 'response-input-items';
  return 'response';
}

function expectBodies(raw: RawAnswer[]): void {
  expect(raw.length).toBe(12); // one per SDK call, the input items in two pages of one
  for (const a of raw) {
    if (a.text.startsWith('event:') || a.text.startsWith('data:')) {
      const events = sseData(a.text);
      expect(events).not.toContain('[DONE]');
      for (const e of events) expectSchema('response-stream-event', e);
      expect(events.map((e) => (e as { sequence_number: number }).sequence_number)).toEqual(events.map((_, i) => i));
    } else {
      expectSchema(schemaOf(a), JSON.parse(a.text));
    }
  }
}

function expectFlow(out: FlowResult): void {
  expect(out.created.status).toBe('completed');
  expect(out.created.output_text).toMatch(/^Name three colours of the rainbow\. /);
  expect(out.streamed).toEqual({
    status: 'completed',
    output_text: out.created.output_text,
    deltas: out.created.output_text,
  });
  expect(out.tools.calls.map((c) => [c.name, c.arguments.city])).toEqual([
    ['get_weather', 'Paris'],
    ['get_weather', 'London'],
  ]);
  expect(new Set(out.tools.calls.map((c) => c.call_id)).size).toBe(2);
  expect(out.tools.answer).toMatch(/^Based on the tool results: /);
  expect(out.parsed).toEqual({ numbers: expect.any(Array) });
  expect(out.continued.previous_response_id).toBe(out.created.id);
  expect(out.continued.input_tokens).toBeGreaterThan(out.continued.first_input_tokens!);
  expect(out.retrieved).toEqual({ id: out.created.id, output_text: out.created.output_text });
  expect(out.inputItems).toHaveLength(2);
  expect(new Set(out.inputItems).size).toBe(2);
  expect(out.afterDelete).toEqual({ class: 'NotFoundError', status: 404 });
  expect(out.unknownPrevious).toEqual({
    class: 'BadRequestError',
    status: 400,
    param: 'previous_response_id',
    code: 'previous_response_not_found',
  });
  expectBodies(out.raw);
}

describe.each(ADAPTERS)('the Responses API through openai 6 (%s)', (adapter) => {
  it('create, stream, tools round trip, parse, previous_response_id, retrieve, input items, delete', async () => {
    const t = await startTarget(adapter);
    targets.push(t);
    expectFlow(await runResponsesFlow(OpenAI, { baseURL: t.baseURL, fetch: t.fetch }));
    // the metered requests: every POST /responses, and nothing for the stored-response routes
    expect(t.mock.ledger.entries().every((e) => e.endpoint === '/v1/responses')).toBe(true);
  });
});

describe('the Responses API through openai 7 (Node 22)', () => {
  it('runs the same flow against the standalone server', async (c) => {
    const t = await startTarget('node');
    targets.push(t);
    try {
      const { stdout } = await run('npx', [...NPX_NODE22, '--version'], { cwd: ROOT, timeout: 45_000 });
      if (!stdout.trim().startsWith('v22.')) throw new Error(`npx gave Node ${stdout.trim()}`);
    } catch (e) {
      if (process.env.CI) throw e;
      c.skip(`Node 22 could not be fetched (${(e as Error).message.split('\n')[0]}); openai 7 needs it`);
    }
    const { stdout } = await run('npx', [...NPX_NODE22, 'tests/fixtures/responses-flow.mjs', t.baseURL, 'openai-v7'], {
      cwd: ROOT,
      timeout: 60_000,
    });
    expectFlow(JSON.parse(stdout) as FlowResult);
  }, 120_000);
});
