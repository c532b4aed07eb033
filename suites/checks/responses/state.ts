// Conversation state: previous_response_id continues a stored response, GET retrieves it, DELETE removes it, and an
// id that was never issued is refused. Rejections: a parameter below its minimum.
import type { Check } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { rejectionOf } from '../internal/attribution.ts';
import { errorText, isObject, jsonValue, show } from '../internal/read.ts';
import { reference, spec } from '../internal/sources.ts';
import { at, BELOW_MIN, CREATE, L, R, UNKNOWN_ID } from './probes.ts';
import { answerOf, exchangeAt, outputText, routeGate, tokens, variant } from './read.ts';

const probes = [R.basic, CONTROL.probe];
const CONVERSATION = 'guides/conversation-state';

export const continuation: Check = {
  id: 'responses.continuation',
  title: 'previous_response_id continues the stored response: the earlier input and output are part of the new input',
  feature: 'responses',
  level: 'MUST',
  source: reference('A3', 'the model sees previous.input + previous.output + input', CONVERSATION),
  breaks: [
    'stateful chat apps: the model forgets the conversation (R5 Ollama, R7 mlx-vlm ignore the id and answer 200)',
  ],
  probes,
  grade(t) {
    const first = answerOf(t, L.create);
    if (!first.ok) return first.grade;
    const got = answerOf(t, L.continued, variant('previous_response_id', 'previous_response_id'));
    if (!got.ok) return got.grade;
    const before = tokens(first.value.body);
    const now = tokens(got.value.body);
    if (!before || !now)
      return {
        status: 'inconclusive',
        message:
          'usage.input_tokens is missing, so whether the earlier turn was used cannot be seen (responses.response-shape-spec grades usage)',
      };
    if (
      got.value.body.previous_response_id !== undefined &&
      got.value.body.previous_response_id !== first.value.body.id
    )
      return {
        status: 'fail',
        message: `the continuation echoes previous_response_id ${show(got.value.body.previous_response_id)}, not ${show(first.value.body.id)}`,
        details: { exchange: at(L.continued) },
      };
    const least = before.input + before.output;
    if (now.input < least)
      return {
        status: 'fail',
        message: `the continuation counts ${now.input} input tokens, fewer than the earlier turn's ${before.input} input + ${before.output} output: previous_response_id was ignored`,
        details: { seen: { continuation: now, earlier: before }, exchange: at(L.continued) },
      };
    return {
      status: 'pass',
      message: `the continuation's ${now.input} input tokens include the earlier turn's ${least}`,
    };
  },
};

export const retrieve: Check = {
  id: 'responses.retrieve',
  title: 'GET /responses/{id} returns the stored response',
  feature: 'responses',
  level: 'MUST',
  source: spec('GET /responses/{response_id}'),
  breaks: ['openai-node client.responses.retrieve(); store defaults to true (R1 vLLM drops it silently, R9)'],
  probes,
  grade(t) {
    const first = answerOf(t, L.create);
    if (!first.ok) return first.grade;
    if (first.value.body.store === false)
      return {
        status: 'unsupported',
        message: `the created response says store: false although the request left store at its default (true): responses are not stored`,
        details: { exchange: CREATE },
      };
    const got = answerOf(t, L.retrieve, { ...variant('retrieving a stored response', 'response_id'), endpoint: true });
    if (!got.ok) {
      if (got.grade.status === 'unsupported') {
        const ex = exchangeAt(t, L.retrieve);
        const said = ex.ok ? `${ex.value.response!.status} (${errorText(ex.value)})` : 'a refusal';
        return {
          status: 'fail',
          message: `GET /responses/{id} answered ${said} for a response created with store left at its default (true): it was not stored`,
          details: { exchange: at(L.retrieve) },
        };
      }
      return got.grade;
    }
    const b = got.value.body;
    // the same response: its id, its items (by id and type) and its text; key order and extra fields may differ
    const items = (r: Record<string, unknown>) =>
      (Array.isArray(r.output) ? r.output : []).map((i) => (isObject(i) ? `${String(i.type)}:${String(i.id)}` : '?'));
    const seen = { id: b.id, items: items(b), text: outputText(b) };
    const want = { id: first.value.body.id, items: items(first.value.body), text: outputText(first.value.body) };
    if (JSON.stringify(seen) !== JSON.stringify(want))
      return {
        status: 'fail',
        message: `GET returned ${show(seen, 120)}, not the created ${show(want, 120)}`,
        details: { seen, exchange: at(L.retrieve) },
      };
    return { status: 'pass', message: `retrieved ${String(b.id)} with the same output` };
  },
};

export const deletion: Check = {
  id: 'responses.delete',
  title: 'DELETE /responses/{id} removes the response: a later GET answers 404',
  feature: 'responses',
  level: 'SHOULD',
  source: spec('DELETE /responses/{response_id}'),
  breaks: ['data-retention code that deletes what it stored (R3: vLLM routes no DELETE)'],
  probes,
  grade(t) {
    const retrieved = answerOf(t, L.retrieve);
    if (!retrieved.ok && retrieved.grade.status === 'skip') return retrieved.grade;
    if (!retrieved.ok)
      return {
        status: 'untestable',
        message: 'the response could not be retrieved before deletion',
        prerequisite: 'responses.retrieve',
      };
    const del = exchangeAt(t, L.del);
    if (!del.ok) return del.grade;
    const status = del.value.response!.status;
    if (status === 404 || status === 405 || status === 501)
      return {
        status: 'unsupported',
        message: `DELETE /responses/{id} answered ${status} (${errorText(del.value)}) while GET of the same id worked`,
        details: { exchange: at(L.del) },
      };
    if (status < 200 || status >= 300)
      return {
        status: 'fail',
        message: `DELETE answered ${status}: ${errorText(del.value)}`,
        details: { exchange: at(L.del) },
      };
    const after = exchangeAt(t, L.deleted);
    if (!after.ok) return after.grade;
    const s2 = after.value.response!.status;
    if (s2 !== 404)
      return {
        status: 'fail',
        message: `GET after DELETE answered ${s2}, expected 404: the response was not removed`,
        details: { exchange: at(L.deleted) },
      };
    const body = jsonValue(del.value.response!.body);
    const echo = isObject(body) && body.deleted === true ? ' ({deleted: true})' : '';
    return { status: 'pass', message: `deleted${echo}; GET then answered 404` };
  },
};

export const unknownPrevious: Check = {
  id: 'responses.unknown-previous-id',
  title: 'A previous_response_id that was never issued is refused, not ignored',
  feature: 'responses',
  level: 'SHOULD',
  source: reference(
    'A3',
    'an unknown or unstored previous_response_id is refused (400 previous_response_not_found)',
    CONVERSATION,
  ),
  breaks: ['stateful chat apps continue without their context and never know it (R5 Ollama, R7 mlx-vlm answer 200)'],
  probes,
  grade(t) {
    const got = exchangeAt(t, L.unknownPrevious);
    if (!got.ok) return got.grade;
    const status = got.value.response!.status;
    if (status >= 400 && status < 500)
      return { status: 'pass', message: `refused with ${status}: ${errorText(got.value)}` };
    return {
      status: 'fail',
      message: `previous_response_id ${UNKNOWN_ID} was answered ${status}${status < 300 ? ': the id was ignored' : `: ${errorText(got.value)}`}`,
      details: { exchange: at(L.unknownPrevious) },
    };
  },
};

export const unknownPreviousShape: Check = {
  id: 'responses.unknown-previous-id-error',
  title:
    'An unknown previous_response_id is a 400 naming param previous_response_id (code previous_response_not_found)',
  feature: 'responses',
  level: 'SHOULD',
  source: reference(
    'A3',
    '400 invalid_request_error, param previous_response_id, code previous_response_not_found',
    CONVERSATION,
  ),
  breaks: [
    'clients that branch on the error: BadRequestError vs NotFoundError, err.param (R2 vLLM, R10 Aleph Alpha answer 404; R12 no param)',
  ],
  probes,
  grade(t) {
    const got = exchangeAt(t, L.unknownPrevious);
    if (!got.ok) return got.grade;
    const status = got.value.response!.status;
    // not refused at all: responses.unknown-previous-id grades that, one cause, one failure
    if (status < 400 || status >= 500)
      return {
        status: 'inconclusive',
        message: `the unknown id was not refused (${status}), so there is no error to read; responses.unknown-previous-id grades the acceptance`,
      };
    const err = jsonValue(got.value.response!.body);
    const e = isObject(err) && isObject(err.error) ? err.error : {};
    const seen = { status, param: e.param, code: e.code };
    if (status !== 400 || e.param !== 'previous_response_id')
      return {
        status: 'fail',
        message: `expected 400 with param "previous_response_id", got ${show(seen)}`,
        details: { seen, exchange: at(L.unknownPrevious) },
      };
    return {
      status: 'pass',
      message: `400 with param "previous_response_id"${e.code === 'previous_response_not_found' ? ' and code previous_response_not_found' : ` (code ${show(e.code)})`}`,
    };
  },
};

export const invalidParam: Check = {
  id: 'responses.invalid-param',
  title: `max_output_tokens below 16 is refused with 400 naming param max_output_tokens`,
  feature: 'responses',
  level: 'SHOULD',
  source: spec('CreateResponse.max_output_tokens (minimum 16)'),
  breaks: ['clients learn of the limit from the error param; an accepted value is silently not what was asked'],
  probes,
  grade(t) {
    const gate = routeGate(t);
    if (gate) return gate;
    const got = rejectionOf(t, at(L.invalid), variant(`max_output_tokens = ${BELOW_MIN}`, 'max_output_tokens'));
    if (!got.ok) return got.grade;
    const ex = got.value;
    const status = ex.response!.status;
    if (status < 400 || status >= 500)
      return {
        status: 'fail',
        message: `max_output_tokens ${BELOW_MIN} (below the minimum 16) was answered ${status}, not refused`,
        details: { exchange: at(L.invalid) },
      };
    const body = jsonValue(ex.response!.body);
    const param = isObject(body) && isObject(body.error) ? body.error.param : undefined;
    if (status !== 400 || param !== 'max_output_tokens')
      return {
        status: 'fail',
        message: `refused with ${status} and param ${show(param)}; expected 400 with param "max_output_tokens"`,
        details: { seen: { status, param }, exchange: at(L.invalid) },
      };
    return { status: 'pass', message: `400 with param "max_output_tokens": ${errorText(ex)}` };
  },
};
