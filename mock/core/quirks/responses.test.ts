import { describe, expect, it } from 'vitest';
import { planResponse, responseEvents, responseObject } from '../generate/index.ts';
import { rewriteRequest, transformChunks, transformError, transformFrames } from './index.ts';
import { collect } from './internal/fixtures.ts';
import type { JsonObject, QuirkSet } from './types.ts';

const q = (...names: string[]) => new Set(names) as QuirkSet;
const req = { model: 'm', input: 'Hello there, friend.' };
const events = () =>
  responseEvents(responseObject(req, planResponse(req), { id: 'resp_q', created_at: 1, model: 'm' })) as JsonObject[];
const frames = () => events().map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);

describe('Responses quirks (R-numbered: responses-and-media.md Part B)', () => {
  it('responses-done-sentinel appends data: [DONE] to Responses streams only (R15)', async () => {
    const out = await collect(transformFrames(q('responses-done-sentinel'), 'responses', frames()));
    expect(out).toEqual([...frames(), 'data: [DONE]\n\n']);
    expect(await collect(transformFrames(q('responses-done-sentinel'), 'chat', ['data: {}\n\n']))).toEqual([
      'data: {}\n\n',
    ]);
  });

  it('responses-no-sequence-number drops every sequence_number (R13)', () => {
    const out = transformChunks(q('responses-no-sequence-number'), 'responses', events());
    expect(out.filter((e) => 'sequence_number' in e)).toEqual([]);
    expect(out.map((e) => e.type)).toEqual(events().map((e) => e.type));
  });

  it('responses-done-event renames only response.completed (R16)', () => {
    const out = transformChunks(q('responses-done-event'), 'responses', events());
    expect(out.at(-1)!.type).toBe('response.done');
    expect(out.slice(0, -1)).toEqual(events().slice(0, -1));
  });

  it('responses-empty-final-output empties the terminal response only (R19)', () => {
    const out = transformChunks(q('responses-empty-final-output'), 'responses', events());
    expect(out.at(-1)!.response).toMatchObject({ status: 'completed', output: [] });
    expect(out.at(-1)!.response).not.toHaveProperty('usage');
    expect(out.slice(0, -1)).toEqual(events().slice(0, -1));
  });

  it('responses-ignore-previous-id removes previous_response_id from Responses requests (R5, R7)', () => {
    const body = { ...req, previous_response_id: 'resp_1' };
    expect(rewriteRequest(q('responses-ignore-previous-id'), 'responses', { ...body })).toEqual(req);
  });

  it('responses-previous-id-404 answers an unknown id as vLLM does (R2), other errors unchanged', () => {
    const notFound = {
      error: {
        message: "Previous response with id 'resp_x' not found.",
        type: 'invalid_request_error',
        param: 'previous_response_id',
        code: 'previous_response_not_found',
      },
    };
    const out = transformError(
      q('responses-previous-id-404'),
      400,
      notFound,
      {},
      { previous_response_id: 'resp_x' },
      'responses',
    );
    expect([out.status, JSON.parse(out.body)]).toEqual([
      404,
      {
        error: {
          message: "Response with id 'resp_x' not found.",
          type: 'invalid_request_error',
          param: 'response_id',
          code: null,
        },
      },
    ]);
    const other = { error: { message: 'bad', type: 'invalid_request_error', param: 'temperature', code: null } };
    expect(transformError(q('responses-previous-id-404'), 400, other, {}, {}, 'responses').status).toBe(400);
  });
});
