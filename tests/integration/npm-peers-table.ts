// What the full default suite says about each npm peer of tests/fixtures/npm-peers: every check that does not pass,
// with its status and why that status is right for that server (one line, checked by hand with curl). "FALSE: …"
// marks a verdict reviewed as wrong. Read by npm-peers.test.ts; UPDATE_TABLES=1 rewrites the statuses below from a
// run, keeping the reasons.
import type { PinnedTable } from './helpers/pinned-table.ts';

export const NPM_PEERS_TABLE: PinnedTable = {
  aimock: {
    'models.retrieve': [
      'unsupported',
      'true: GET /v1/models/{model} is not served (404 {"error":{"message":"Not found"}})',
    ],
    'models.unknown-404': [
      'unsupported',
      "GET /models/{id} answers 404 Not found for a listed model too (models.retrieve), so an unknown one's 404 says nothing: retrieve is not served",
    ],
    'chat.response-shape': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.response-shape-full': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.object': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.created-seconds': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.choice-index': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.finish-reason': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.usage': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.usage-total': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.usage-completion-tokens': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.content-type': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.request-id': [
      'untestable',
      'the minimal chat request gets 404 No fixture matched (its prompt has no "hello" or "goodbye"): there is no completion to judge',
    ],
    'chat.sdk-parse': [
      'untestable',
      'the SDK and the raw request get the same fixture 404: not the SDK failing, no completion to parse',
    ],
    'chat.sdk-request-id': [
      'untestable',
      'no completion reached the SDK (the fixture 404, see chat.sdk-parse), so no request id to read',
    ],
    'chat.multi-turn': [
      'untestable',
      'its control chat.basic (nonstream), the same request without the system and assistant turns, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about the system and assistant turns',
    ],
    'chat.developer-role': [
      'untestable',
      'its control chat.basic (nonstream), the same request without a developer message, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about a developer message',
    ],
    'chat.tool-history': [
      'untestable',
      'its control chat.basic (nonstream), the same request without the tool call and tool result turns, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about the tool call and tool result turns',
    ],
    'chat.realistic-accepted': [
      'untestable',
      'its control chat.multi-turn (tool-history), the same request without realistic text, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about realistic text',
    ],
    'chat.utf8-round-trip': [
      'untestable',
      'the realistic request gets the fixture 404, like its control (chat.realistic-accepted is untestable for that), so no answer came back to check for UTF-8',
    ],
    'chat.utf8-stream': [
      'untestable',
      'the realistic request gets the fixture 404, like its control (chat.realistic-accepted is untestable for that), so no answer came back to check for UTF-8',
    ],
    'chat.max-tokens': [
      'untestable',
      'its control chat.basic (nonstream), the same request without max_tokens: 5, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about max_tokens: 5',
    ],
    'chat.max-completion-tokens': [
      'untestable',
      'its control chat.basic (nonstream), the same request without max_completion_tokens: 5, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about max_completion_tokens: 5',
    ],
    'chat.stop-honoured': [
      'untestable',
      'its control chat.basic (nonstream), the same request without stop sequences, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about stop sequences',
    ],
    'chat.stop-excluded': [
      'untestable',
      'its control chat.basic (nonstream), the same request without stop sequences, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about stop sequences',
    ],
    'chat.n': [
      'untestable',
      'its control chat.basic (nonstream), the same request without n = 2, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about n = 2',
    ],
    'chat.seed': [
      'untestable',
      'its control chat.basic (nonstream), the same request without seed, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about seed',
    ],
    'chat.penalties': [
      'untestable',
      'its control chat.basic (nonstream), the same request without presence_penalty and frequency_penalty, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about presence_penalty and frequency_penalty',
    ],
    'chat.logprobs': [
      'untestable',
      'its control chat.basic (nonstream), the same request without logprobs, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about logprobs',
    ],
    'streaming.sse-body': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.content-type': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.data-json': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.done-present': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.done-exact': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.chunk-shape': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.chunk-shape-full': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.object': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.created-seconds': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.constant-fields': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.role-first': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.finish-reason-key': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.finish-reason-enum': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.finish-reason-once': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.usage-chunk': [
      'untestable',
      'its control streaming.usage (beside), the same request without stream_options.include_usage, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about stream_options.include_usage',
    ],
    'streaming.usage-null-elsewhere': [
      'untestable',
      'its control streaming.usage (beside), the same request without stream_options.include_usage, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about stream_options.include_usage',
    ],
    'streaming.matches-nonstream': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.incremental': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.sdk-chunks': [
      'untestable',
      'its control chat.basic (nonstream), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.sdk-final': [
      'untestable',
      'its control chat.basic (nonstream), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.error-frames': [
      'untestable',
      'its control chat.seed (first), the same request without streaming (stream: true), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming (stream: true)',
    ],
    'streaming.concurrent': [
      'untestable',
      'its control streaming.usage (beside), the same request without stream_options.include_usage, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about stream_options.include_usage',
    ],
    'embeddings.base64': ['fail', 'true: encoding_format base64 is ignored: float arrays come back'],
    'embeddings.sdk-default': ['fail', 'true: the SDK asks for base64 by default and gets vectors of the wrong length'],
    'embeddings.usage': ['fail', 'usage.prompt_tokens is 0 for 4 words of input: the count clients bill by is wrong'],
    'completions.shape': [
      'untestable',
      '/v1/completions answers 404 Not found, but the chat control chat.basic (nonstream) is refused too (404 No fixture matched), so "not served" cannot be told from "refuses everything" (control rule)',
    ],
    'completions.object': [
      'untestable',
      '/v1/completions answers 404 Not found, but the chat control chat.basic (nonstream) is refused too (404 No fixture matched), so "not served" cannot be told from "refuses everything" (control rule)',
    ],
    'completions.stream': [
      'untestable',
      '/v1/completions answers 404 Not found, but the chat control chat.basic (nonstream) is refused too (404 No fixture matched), so "not served" cannot be told from "refuses everything" (control rule)',
    ],
    'errors.rejects-temperature-range': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of temperature 3 (the range is 0..2)',
    ],
    'errors.rejects-decimal-max-tokens': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of max_tokens 1.5 (an integer is required)',
    ],
    'errors.rejects-string-max-tokens': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of max_tokens "ten" (an integer is required)',
    ],
    'errors.rejects-missing-messages': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of no messages (a required field)',
    ],
    'errors.rejects-too-many-stop': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of five stop sequences (at most 4)',
    ],
    'errors.rejects-unknown-role': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of a message with role "wizard"',
    ],
    'errors.rejects-huge-max-tokens': [
      'untestable',
      "the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of max_tokens 1000000000 (beyond any model's output limit)",
    ],
    'errors.rejects-malformed-json': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of a body that is not valid JSON',
    ],
    'errors.no-5xx': [
      'untestable',
      'its control chat.basic (nonstream), without the fault, gets the same 404 No fixture matched (no fixture for its prompt), so the fault was never judged',
    ],
    'errors.status-400': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of temperature 3 (the range is 0..2)',
    ],
    'errors.stream-bad-input': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of temperature 3 in a streamed request',
    ],
    'errors.unknown-model': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of model "conform-no-such-model-7f3a"',
    ],
    'errors.invalid-key': [
      'untestable',
      'its control chat.basic (nonstream), without the made-up key, gets the same 404 No fixture matched (no fixture for its prompt), so the made-up key was never judged',
    ],
    'errors.auth-enforced': [
      'untestable',
      'its control chat.basic (nonstream), without a missing or made-up key, gets the same 404 No fixture matched (no fixture for its prompt), so a missing or made-up key was never judged',
    ],
    'errors.body-fields': [
      'warn',
      'the 404 of GET /models/{model} is {"error":{"message","type"}} without param and code; SHOULD: the SDK reads message alone',
    ],
    'errors.param': [
      'untestable',
      'the valid twin chat.basic (nonstream) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of temperature 3 (the range is 0..2)',
    ],
    'tools.called': [
      'untestable',
      'its control chat.basic (nonstream), the same request without function calling (tools), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about function calling (tools)',
    ],
    'tools.parallel': [
      'untestable',
      'its control chat.basic (nonstream), the same request without function calling (tools), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about function calling (tools)',
    ],
    'tools.choice-none': [
      'untestable',
      'its control tools.auto (auto), the same request without tool_choice "none", gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about tool_choice "none"',
    ],
    'tools.choice-required': [
      'untestable',
      'its control tools.auto (auto), the same request without tool_choice "required", gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about tool_choice "required"',
    ],
    'tools.choice-named': [
      'untestable',
      'its control tools.auto (auto), the same request without a named tool_choice, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about a named tool_choice',
    ],
    'tools.no-parallel': [
      'untestable',
      'its control tools.auto (auto), the same request without parallel_tool_calls false, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about parallel_tool_calls false',
    ],
    'tools.arguments-string': [
      'untestable',
      'its control chat.basic (nonstream), the same request without function calling (tools), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about function calling (tools)',
    ],
    'tools.arguments-schema': [
      'untestable',
      'its control chat.basic (nonstream), the same request without function calling (tools), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about function calling (tools)',
    ],
    'tools.call-ids': [
      'untestable',
      'its control chat.basic (nonstream), the same request without function calling (tools), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about function calling (tools)',
    ],
    'tools.finish-reason': [
      'untestable',
      'its control chat.basic (nonstream), the same request without function calling (tools), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about function calling (tools)',
    ],
    'tools.round-trip-accepted': [
      'untestable',
      'its control tools.auto (auto), the same request without tool_choice "required", gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about tool_choice "required"',
    ],
    'tools.round-trip-answer': [
      'untestable',
      'its control tools.auto gets the same fixture 404: the round trip was never made',
    ],
    'tools.foreign-call-id': [
      'untestable',
      "the same round trip with the server's own ids gets the same 404 No fixture matched, so the id is not what is refused",
    ],
    'tools.stream-index': [
      'untestable',
      'its control tools.auto (auto), the same request without streaming with tools, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming with tools',
    ],
    'tools.stream-distinct-index': [
      'untestable',
      'its control tools.auto (auto), the same request without streaming with tools, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming with tools',
    ],
    'tools.stream-first-delta': [
      'untestable',
      'its control tools.auto (auto), the same request without streaming with tools, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming with tools',
    ],
    'tools.stream-arguments': [
      'untestable',
      'its control tools.auto (auto), the same request without streaming with tools, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming with tools',
    ],
    'tools.stream-name-stable': [
      'untestable',
      'its control tools.auto (auto), the same request without streaming with tools, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming with tools',
    ],
    'tools.stream-incremental': [
      'untestable',
      'its control tools.auto (auto), the same request without streaming with tools, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming with tools',
    ],
    'tools.stream-finish-reason': [
      'untestable',
      'its control tools.auto (auto), the same request without streaming with tools, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming with tools',
    ],
    'tools.no-markup': [
      'untestable',
      'its control tools.auto (auto), the same request without streaming with tools, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming with tools',
    ],
    'tools.sdk-accumulates': [
      'untestable',
      'its control tools.auto (auto), the same request without streaming with tools, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streaming with tools',
    ],
    'json-mode.parses': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_object, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_object',
    ],
    'json-mode.object': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_object, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_object',
    ],
    'json-mode.finish-stop': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_object, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_object',
    ],
    'json-mode.stream-parses': [
      'untestable',
      'its control json-mode.object (object), the same request without streamed JSON mode, gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about streamed JSON mode',
    ],
    'structured-outputs.content-string': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.schema-valid': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.finish-stop': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.no-refusal': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.keyword-ref': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.keyword-any-of': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.keyword-enum': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.keyword-const': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.keyword-nested': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.keyword-additional-properties': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.keyword-required': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.rejects-missing-required': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.rejects-open-object': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'structured-outputs.sdk-parse': [
      'untestable',
      'its control chat.basic (nonstream), the same request without response_format json_schema (strict), gets the same 404 No fixture matched (no fixture for its prompt): the refusal is not about response_format json_schema (strict)',
    ],
    'rate-limits.headers-present': [
      'untestable',
      'chat.basic, whose headers it reads, gets the fixture 404 (its prompt has no "hello" or "goodbye")',
    ],
    'rate-limits.headers-parse': [
      'untestable',
      'chat.basic, whose headers it reads, gets the fixture 404 (its prompt has no "hello" or "goodbye")',
    ],
    'rate-limits.remaining-decreases': [
      'untestable',
      'chat.basic, whose headers it reads, gets the fixture 404 (its prompt has no "hello" or "goodbye")',
    ],
    'rate-limits.burst-429': ['skip', 'opt-in burst check: skipped without --burst'],
    'rate-limits.429-body': ['skip', 'opt-in burst check: skipped without --burst'],
    'rate-limits.retry-after': ['skip', 'opt-in burst check: skipped without --burst'],
    'rate-limits.sdk-retry': ['skip', 'opt-in burst check: skipped without --burst'],
    'properties.valid-accepted': [
      'fail',
      'true: generated valid requests get 404 No fixture matched: an app sending other prompts breaks',
    ],
    'properties.valid-response-schema': ['untestable', 'true: no generated valid request was answered 2xx'],
    'properties.valid-response-schema-full': ['untestable', 'true: no generated valid request was answered 2xx'],
    'properties.invalid-rejected': [
      'untestable',
      'the valid twin properties.valid-requests (case-1) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of an invalid response_format.type',
    ],
    'properties.invalid-no-5xx': [
      'untestable',
      'the valid twin properties.valid-requests (case-1) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of an invalid response_format.type',
    ],
    'properties.invalid-param': [
      'untestable',
      'the valid twin properties.valid-requests (case-1) gets the same 404 No fixture matched (no fixture for its prompt), so the 404 is no rejection of an invalid response_format.type',
    ],
    'properties.prompt-tokens': [
      'untestable',
      'every request with a prompt gets the fixture 404, so no prompt_tokens to judge',
    ],
  },
  'mock-llm': {
    'models.list-shape-full': ['warn', 'true: the listed model has no created (a SHOULD at list level)'],
    'models.created-seconds': [
      'inconclusive',
      "mock-llm's model entries carry no created (models.list-shape-full grades the absence), so no time to judge",
    ],
    'models.retrieve': ['fail', 'true: GET /v1/models/gpt-5.2 answers the list, not the model (no id)'],
    'models.unknown-404': [
      'warn',
      'GET /models/<unknown> answers 200 with a model; SHOULD like errors.unknown-model (a client only misses a typo later)',
    ],
    'chat.response-shape': ['fail', 'true: the default echo template has no choices[0].index'],
    'chat.response-shape-full': ['warn', 'true: no created, no index, no usage in the template'],
    'chat.created-seconds': ['fail', 'true: the template has no created'],
    'chat.choice-index': ['fail', 'true: the template has no index'],
    'chat.usage': ['warn', 'true: no usage (optional: a SHOULD)'],
    'chat.usage-total': [
      'inconclusive',
      'no answer carries usage (optional; chat.usage warns for it), so there are no counts to add up',
    ],
    'chat.usage-completion-tokens': [
      'inconclusive',
      'no answer carries usage (optional; chat.usage warns for it), so there are no counts to add up',
    ],
    'chat.request-id': ['warn', 'true: no x-request-id header'],
    'chat.sdk-request-id': ['warn', 'true: no x-request-id, so _request_id is null'],
    'chat.realistic-accepted': [
      'fail',
      'a double quote, backslash or non-ASCII text in a message gets 500 while the same conversation in plain text is accepted',
    ],
    'chat.utf8-round-trip': [
      'untestable',
      'the realistic request gets 500 for its quotes (chat.realistic-accepted fails for that), so no answer came back to check for UTF-8',
    ],
    'chat.utf8-stream': [
      'untestable',
      'the realistic request gets 500 for its quotes (chat.realistic-accepted fails for that), so no answer came back to check for UTF-8',
    ],
    'chat.max-tokens': ['fail', 'max_tokens ignored: the 13-word prompt is echoed whole for a cap of 5'],
    'chat.max-completion-tokens': [
      'fail',
      'max_completion_tokens ignored: the 13-word prompt is echoed whole for a cap of 5',
    ],
    'chat.stop-honoured': ['fail', 'true: stop ignored: the echoed list goes on past "4"'],
    'chat.stop-excluded': ['fail', 'true: stop ignored: the echo contains "4"'],
    'chat.n': ['fail', 'true: n ignored: one choice'],
    'chat.logprobs': ['fail', 'true: logprobs ignored: none in the answer'],
    'streaming.chunk-shape-full': ['warn', 'true: chunks have no created'],
    'streaming.created-seconds': ['fail', 'true: chunks have no created'],
    'streaming.usage-chunk': ['fail', 'true: include_usage ignored'],
    'streaming.usage-null-elsewhere': [
      'inconclusive',
      'no chunk carries usage, so "usage only on the last chunk" is not put to the test; streaming.usage-chunk grades the missing chunk',
    ],
    'embeddings.shape': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.shape-full': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.one-per-input': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.index-order': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.equal-length': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.dimensions': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.base64': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.sdk-default': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.usage': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.content-type': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'completions.shape': ['unsupported', 'true: /v1/completions is not served (404 Not Found)'],
    'completions.object': ['unsupported', 'true: /v1/completions is not served (404 Not Found)'],
    'completions.stream': ['unsupported', 'true: /v1/completions is not served (404 Not Found)'],
    'errors.rejects-temperature-range': [
      'warn',
      'temperature 3 (the range is 0..2) is answered 200 (the fields are not validated); SHOULD by the level rule: accepting invalid input breaks no client',
    ],
    'errors.rejects-decimal-max-tokens': [
      'warn',
      'max_tokens 1.5 (an integer is required) is answered 200 (the fields are not validated); SHOULD by the level rule: accepting invalid input breaks no client',
    ],
    'errors.rejects-string-max-tokens': [
      'warn',
      'max_tokens "ten" (an integer is required) is answered 200 (the fields are not validated); SHOULD by the level rule: accepting invalid input breaks no client',
    ],
    'errors.rejects-missing-messages': [
      'warn',
      'no messages (a required field) is answered 200 (the fields are not validated); SHOULD by the level rule: accepting invalid input breaks no client',
    ],
    'errors.rejects-too-many-stop': [
      'warn',
      'five stop sequences (at most 4) is answered 200 (the fields are not validated); SHOULD by the level rule: accepting invalid input breaks no client',
    ],
    'errors.rejects-unknown-role': [
      'warn',
      'a message with role "wizard" is answered 200 (the fields are not validated); SHOULD by the level rule: accepting invalid input breaks no client',
    ],
    'errors.rejects-huge-max-tokens': ['warn', 'true: max_tokens 1e9 accepted (B41, a SHOULD)'],
    'errors.stream-bad-input': ['warn', 'true: temperature 3 streamed with 200 (a SHOULD)'],
    'errors.unknown-model': [
      'warn',
      'model "conform-no-such-model-7f3a" is answered 200 (the fields are not validated); SHOULD by the level rule: accepting invalid input breaks no client',
    ],
    'errors.invalid-key': [
      'inconclusive',
      'any key is accepted, so there is no refusal to judge; errors.auth-enforced says so',
    ],
    'errors.auth-enforced': [
      'inconclusive',
      'no key and a made-up key both get 200: fine for a server on 127.0.0.1, and the message flags it for a hosted one',
    ],
    'errors.body-envelope': [
      'fail',
      'true: the malformed-JSON 400 is {"error":"SyntaxError","message":…}: an error string, not an object',
    ],
    'errors.body-fields': ['untestable', 'true: no enveloped error body to read'],
    'errors.param': [
      'inconclusive',
      'no invalid request is refused (errors.rejects-* warn for that), so there is no error to read',
    ],
    'errors.sdk-message': [
      'inconclusive',
      'no SDK call raises (the invalid ones are accepted), so there is no error message to read',
    ],
    'tools.called': ['warn', 'true: no tool call, the prompt is echoed (a SHOULD)'],
    'tools.parallel': [
      'untestable',
      'no tool call at all, not even under tool_choice "required" (tools.choice-required is the one failure), so no parallel calls to judge',
    ],
    'tools.choice-none': [
      'inconclusive',
      'tools.auto, the same prompt under "auto", makes no call either, so no call under "none" proves nothing',
    ],
    'tools.choice-required': ['fail', 'true: tool_choice required ignored: the prompt is echoed'],
    'tools.choice-named': [
      'untestable',
      'the named tool_choice got no call, like "required" (tools.choice-required is the one failure for tool_choice ignored)',
    ],
    'tools.no-parallel': [
      'inconclusive',
      'no tool call under parallel_tool_calls false, so "at most one" is not put to the test',
    ],
    'tools.arguments-string': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.arguments-schema': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.call-ids': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.finish-reason': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.round-trip-accepted': [
      'untestable',
      'the 500 is the double quotes of the JSON tool results, as in chat.realistic (which fails for them) while the plain tool conversation is accepted: the round trip itself was not judged',
    ],
    'tools.round-trip-answer': ['untestable', 'true: the result turn got 500, nothing to judge'],
    'tools.foreign-call-id': [
      'untestable',
      "the same round trip with the server's own ids gets the same 500 SyntaxError, so the id is not what is refused",
    ],
    'tools.stream-index': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.stream-distinct-index': [
      'untestable',
      'true: the server never makes a tool call, so there is nothing to judge',
    ],
    'tools.stream-first-delta': [
      'untestable',
      'true: the server never makes a tool call, so there is nothing to judge',
    ],
    'tools.stream-arguments': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.stream-name-stable': [
      'untestable',
      'true: the server never makes a tool call, so there is nothing to judge',
    ],
    'tools.stream-incremental': [
      'untestable',
      'true: the server never makes a tool call, so there is nothing to judge',
    ],
    'tools.stream-finish-reason': [
      'untestable',
      'true: the server never makes a tool call, so there is nothing to judge',
    ],
    'tools.sdk-accumulates': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'json-mode.parses': [
      'untestable',
      'the prompt quotes "country" and "capital", which breaks the template: 500, so there is no answer to judge (chat.realistic-accepted fails for the quotes)',
    ],
    'json-mode.object': [
      'untestable',
      'the prompt quotes "country" and "capital", which breaks the template: 500, so there is no answer to judge (chat.realistic-accepted fails for the quotes)',
    ],
    'json-mode.finish-stop': [
      'untestable',
      'the prompt quotes "country" and "capital", which breaks the template: 500, so there is no answer to judge (chat.realistic-accepted fails for the quotes)',
    ],
    'json-mode.stream-parses': [
      'untestable',
      'the prompt quotes "country" and "capital", which breaks the template: 500, so there is no answer to judge (chat.realistic-accepted fails for the quotes)',
    ],
    'structured-outputs.content-string': ['fail', 'true: json_schema ignored: the prompt is echoed, not JSON'],
    'structured-outputs.schema-valid': [
      'untestable',
      'the echoed prompt is not JSON (structured-outputs.content-string fails for that), so there is no JSON value to judge',
    ],
    'structured-outputs.keyword-ref': [
      'untestable',
      'the echoed prompt is not JSON (structured-outputs.content-string fails for that), so there is no JSON value to judge',
    ],
    'structured-outputs.keyword-any-of': [
      'untestable',
      'the echoed prompt is not JSON (structured-outputs.content-string fails for that), so there is no JSON value to judge',
    ],
    'structured-outputs.keyword-enum': ['untestable', 'true: the quoted review in the prompt breaks the template: 500'],
    'structured-outputs.keyword-const': [
      'untestable',
      'the echoed prompt is not JSON (structured-outputs.content-string fails for that), so there is no JSON value to judge',
    ],
    'structured-outputs.keyword-nested': [
      'untestable',
      'the echoed prompt is not JSON (structured-outputs.content-string fails for that), so there is no JSON value to judge',
    ],
    'structured-outputs.keyword-additional-properties': [
      'untestable',
      'the echoed prompt is not JSON (structured-outputs.content-string fails for that), so there is no JSON value to judge',
    ],
    'structured-outputs.keyword-required': [
      'untestable',
      'the echoed prompt is not JSON (structured-outputs.content-string fails for that), so there is no JSON value to judge',
    ],
    'structured-outputs.rejects-missing-required': [
      'warn',
      'true: strict schemas it cannot honour are accepted with 200 (a SHOULD)',
    ],
    'structured-outputs.rejects-open-object': [
      'warn',
      'true: strict schemas it cannot honour are accepted with 200 (a SHOULD)',
    ],
    'structured-outputs.sdk-parse': ['fail', 'true: parse() throws on the echoed text'],
    'rate-limits.headers-present': ['warn', 'true: no x-ratelimit-* headers (a SHOULD)'],
    'rate-limits.headers-parse': [
      'inconclusive',
      'no x-ratelimit-* header is sent, so nothing to parse; rate-limits.headers-present warns for their absence',
    ],
    'rate-limits.remaining-decreases': [
      'inconclusive',
      'no x-ratelimit-remaining-* header to compare; rate-limits.headers-present warns for their absence',
    ],
    'rate-limits.burst-429': ['skip', 'opt-in burst check: skipped without --burst'],
    'rate-limits.429-body': ['skip', 'opt-in burst check: skipped without --burst'],
    'rate-limits.retry-after': ['skip', 'opt-in burst check: skipped without --burst'],
    'rate-limits.sdk-retry': ['skip', 'opt-in burst check: skipped without --burst'],
    'properties.valid-accepted': [
      'fail',
      'true: generated valid requests with a double quote or backslash get 500 from the template',
    ],
    'properties.valid-response-schema': ['untestable', 'true: no generated valid request was answered 2xx'],
    'properties.valid-response-schema-full': ['untestable', 'true: no generated valid request was answered 2xx'],
    'properties.invalid-rejected': [
      'untestable',
      'the valid twin properties.valid-requests (case-1) gets the same 500 SyntaxError (the double quotes and backslashes of the generated text crash it), so the 500 is no rejection of an invalid response_format.type',
    ],
    'properties.invalid-no-5xx': [
      'untestable',
      'the valid twin properties.valid-requests (case-1) gets the same 500 SyntaxError (the double quotes and backslashes of the generated text crash it), so the 500 is no rejection of an invalid response_format.type',
    ],
    'properties.invalid-error-shape': [
      'untestable',
      'the valid twin properties.valid-requests (case-1) gets the same 500 SyntaxError (the double quotes and backslashes of the generated text crash it), so no rejection of the invalid field to read',
    ],
    'properties.invalid-error-shape-full': [
      'untestable',
      'the valid twin properties.valid-requests (case-1) gets the same 500 SyntaxError (the double quotes and backslashes of the generated text crash it), so no rejection of the invalid field to read',
    ],
    'properties.invalid-param': [
      'untestable',
      'the valid twin properties.valid-requests (case-1) gets the same 500 SyntaxError (the double quotes and backslashes of the generated text crash it), so no rejection of the invalid field to read',
    ],
    'properties.prompt-tokens': [
      'inconclusive',
      'no answer carries usage (optional; chat.usage warns for it), so no prompt_tokens to judge',
    ],
  },
  steady: {
    'models.created-seconds': [
      'fail',
      'created is a random small integer (a date before 2015), not a time: a client shows the wrong date',
    ],
    'models.retrieve': ['fail', 'true: GET /models/9wmUAAQt answers a random model with id "LV"'],
    'models.unknown-404': [
      'warn',
      'GET /models/<unknown> answers 200 with a model; SHOULD like errors.unknown-model (a client only misses a typo later)',
    ],
    'chat.created-seconds': [
      'fail',
      'created is a random small integer (a date before 2015), not a time: a client shows the wrong date',
    ],
    'chat.choice-index': ['fail', 'true: choices[0].index is a random 76'],
    'chat.usage': ['warn', 'true: Steady leaves out the optional usage (a SHOULD)'],
    'chat.usage-total': [
      'inconclusive',
      'no answer carries usage (optional; chat.usage warns for it), so there are no counts to add up',
    ],
    'chat.usage-completion-tokens': [
      'inconclusive',
      'no answer carries usage (optional; chat.usage warns for it), so there are no counts to add up',
    ],
    'chat.request-id': ['warn', 'true: no x-request-id header'],
    'chat.sdk-request-id': ['warn', 'true: no x-request-id, so _request_id is null'],
    'chat.utf8-round-trip': [
      'inconclusive',
      "Steady's random answer does not repeat the phrase, so its UTF-8 round trip is not observed",
    ],
    'chat.utf8-stream': [
      'inconclusive',
      "Steady's random answer does not repeat the phrase, so its UTF-8 round trip is not observed",
    ],
    'chat.max-tokens': [
      'inconclusive',
      'the random finish_reason "content_filter" says the cap is not what ended the answer, so the cap is not seen at work',
    ],
    'chat.max-completion-tokens': [
      'inconclusive',
      'the random finish_reason "content_filter" says the cap is not what ended the answer, so the cap is not seen at work',
    ],
    'chat.stop-honoured': [
      'inconclusive',
      'Steady\'s random answer to the unstopped control never says "4", so stopping there is not observed',
    ],
    'chat.stop-excluded': [
      'inconclusive',
      'Steady\'s random answer to the unstopped control never says "4", so stopping there is not observed',
    ],
    'chat.n': ['fail', 'true: one choice for n 2'],
    'chat.seed': ['inconclusive', 'Steady answers "mUAA" to every prompt, so equal seeded answers prove nothing'],
    'chat.logprobs': ['fail', 'true: a random logprob 75.67 (must be <= 0)'],
    'streaming.done-present': ['fail', 'true: the stream ends with "event: done" and "data: {}", no [DONE]'],
    'streaming.done-exact': ['untestable', 'true: no [DONE], nothing to judge'],
    'streaming.chunk-shape': ['fail', 'true: the last data event is {} (no choices)'],
    'streaming.chunk-shape-full': ['warn', 'true: the last data event is {}'],
    'streaming.object': ['fail', 'true: the last data event {} has no object'],
    'streaming.created-seconds': [
      'fail',
      'created is a random small integer on the chunks (99: 1970), not a time: a client shows the wrong date',
    ],
    'streaming.constant-fields': ['warn', 'true: id and model are random on every chunk'],
    'streaming.role-first': ['fail', 'true: no chunk has a role'],
    'streaming.usage-chunk': ['fail', 'true: include_usage ignored'],
    'streaming.usage-null-elsewhere': [
      'inconclusive',
      'no chunk carries usage, so "usage only on the last chunk" is not put to the test; streaming.usage-chunk grades the missing chunk',
    ],
    'streaming.matches-nonstream': ['warn', 'true: the stream carries no content, the JSON answer "mUAA"'],
    'streaming.incremental': ['warn', 'true: the stream carries no content at all'],
    'streaming.sdk-chunks': [
      'fail',
      'the SDK sends Accept: application/json and Steady answers JSON for stream: true, so it yields nothing; the message names the Accept and content-type difference from the raw stream',
    ],
    'streaming.sdk-final': [
      'untestable',
      'the SDK sends Accept: application/json and gets one JSON body, so it yields no chunk; streaming.sdk-chunks is the one failure and names the Accept difference',
    ],
    'streaming.concurrent': [
      'untestable',
      'neither stream ends with [DONE] (streaming.done-present fails for that), so surviving concurrency cannot be told',
    ],
    'embeddings.shape': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.shape-full': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.one-per-input': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.index-order': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.equal-length': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.dimensions': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.base64': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.sdk-default': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.usage': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'embeddings.content-type': [
      'skip',
      'true: /models lists no embedding model, so the probe is not sent and the message says to pass --embedding-model',
    ],
    'completions.object': [
      'warn',
      "the legacy completion's created is a random integer before 2015, not a time (SHOULD on the legacy endpoint)",
    ],
    'completions.stream': [
      'warn',
      'true: /completions with stream: true answers a JSON body (the spec declares no event stream there), a MAY',
    ],
    'errors.rejects-temperature-range': [
      'warn',
      "temperature 3 (the range is 0..2) is answered 200 (Steady's spec validation lets it through); SHOULD by the level rule: accepting invalid input breaks no client",
    ],
    'errors.rejects-too-many-stop': [
      'warn',
      "five stop sequences (at most 4) is answered 200 (Steady's spec validation lets it through); SHOULD by the level rule: accepting invalid input breaks no client",
    ],
    'errors.rejects-huge-max-tokens': ['warn', 'true: max_tokens 1e9 accepted (B41, a SHOULD)'],
    'errors.stream-bad-input': ['warn', 'true: temperature 3 streamed with 200 (a SHOULD)'],
    'errors.unknown-model': [
      'warn',
      'model "conform-no-such-model-7f3a" is answered 200 (Steady\'s spec validation lets it through); SHOULD by the level rule: accepting invalid input breaks no client',
    ],
    'errors.invalid-key': [
      'inconclusive',
      'any key is accepted, so there is no refusal to judge; errors.auth-enforced says so',
    ],
    'errors.auth-enforced': [
      'inconclusive',
      'no key and a made-up key both get 200: fine for a server on 127.0.0.1, and the message flags it for a hosted one',
    ],
    'errors.body-envelope': [
      'fail',
      'true: validation errors are {"error":"Validation failed","steady":…}: an error string, not an object',
    ],
    'errors.body-fields': ['untestable', 'true: no enveloped error body to read'],
    'errors.param': ['warn', 'true: param is missing, the error is a string (as the string-error quirk)'],
    'errors.sdk-message': [
      'inconclusive',
      'no SDK call raises (the invalid ones are accepted), so there is no error message to read',
    ],
    'tools.called': ['warn', 'true: no tool call, random text (a SHOULD)'],
    'tools.parallel': [
      'untestable',
      'no tool call at all, not even under tool_choice "required" (tools.choice-required is the one failure), so no parallel calls to judge',
    ],
    'tools.choice-none': [
      'inconclusive',
      'tools.auto, the same prompt under "auto", makes no call either, so no call under "none" proves nothing',
    ],
    'tools.choice-required': ['fail', 'true: tool_choice required ignored: random text'],
    'tools.choice-named': [
      'untestable',
      'the named tool_choice got no call, like "required" (tools.choice-required is the one failure for tool_choice ignored)',
    ],
    'tools.no-parallel': [
      'inconclusive',
      'no tool call under parallel_tool_calls false, so "at most one" is not put to the test',
    ],
    'tools.arguments-string': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.arguments-schema': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.call-ids': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.finish-reason': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.round-trip-answer': ['warn', 'true: the text answer ends with the random finish_reason content_filter'],
    'tools.stream-index': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.stream-distinct-index': [
      'untestable',
      'true: the server never makes a tool call, so there is nothing to judge',
    ],
    'tools.stream-first-delta': [
      'untestable',
      'true: the server never makes a tool call, so there is nothing to judge',
    ],
    'tools.stream-arguments': ['untestable', 'true: the server never makes a tool call, so there is nothing to judge'],
    'tools.stream-name-stable': [
      'untestable',
      'true: the server never makes a tool call, so there is nothing to judge',
    ],
    'tools.stream-incremental': [
      'untestable',
      'true: the server never makes a tool call, so there is nothing to judge',
    ],
    'tools.stream-finish-reason': [
      'untestable',
      'true: the server never makes a tool call, so there is nothing to judge',
    ],
    'tools.sdk-accumulates': [
      'fail',
      'true: the SDK stream gets a JSON body (Accept: application/json) and yields nothing',
    ],
    'json-mode.parses': [
      'inconclusive',
      'Steady fills message.refusal at random; a refusal is allowed, so no JSON is observed (no failure)',
    ],
    'json-mode.object': [
      'inconclusive',
      'Steady fills message.refusal at random; a refusal is allowed, so no JSON is observed (no failure)',
    ],
    'json-mode.finish-stop': ['warn', 'true: random finish_reason content_filter'],
    'json-mode.stream-parses': ['fail', 'true: the streamed answer carries no content'],
    'structured-outputs.content-string': [
      'inconclusive',
      'Steady fills message.refusal at random: allowed, and structured-outputs.no-refusal warns for it, so nothing is left to judge',
    ],
    'structured-outputs.schema-valid': [
      'inconclusive',
      'Steady fills message.refusal at random: allowed, and structured-outputs.no-refusal warns for it, so nothing is left to judge',
    ],
    'structured-outputs.finish-stop': ['fail', 'true: random finish_reason content_filter'],
    'structured-outputs.no-refusal': ['warn', 'true: a random refusal "two9tUH" (with content too)'],
    'structured-outputs.keyword-ref': [
      'inconclusive',
      'Steady fills message.refusal at random: allowed, and structured-outputs.no-refusal warns for it, so nothing is left to judge',
    ],
    'structured-outputs.keyword-any-of': [
      'inconclusive',
      'Steady fills message.refusal at random: allowed, and structured-outputs.no-refusal warns for it, so nothing is left to judge',
    ],
    'structured-outputs.keyword-enum': [
      'inconclusive',
      'Steady fills message.refusal at random: allowed, and structured-outputs.no-refusal warns for it, so nothing is left to judge',
    ],
    'structured-outputs.keyword-const': [
      'inconclusive',
      'Steady fills message.refusal at random: allowed, and structured-outputs.no-refusal warns for it, so nothing is left to judge',
    ],
    'structured-outputs.keyword-nested': [
      'inconclusive',
      'Steady fills message.refusal at random: allowed, and structured-outputs.no-refusal warns for it, so nothing is left to judge',
    ],
    'structured-outputs.keyword-additional-properties': [
      'inconclusive',
      'Steady fills message.refusal at random: allowed, and structured-outputs.no-refusal warns for it, so nothing is left to judge',
    ],
    'structured-outputs.keyword-required': [
      'inconclusive',
      'Steady fills message.refusal at random: allowed, and structured-outputs.no-refusal warns for it, so nothing is left to judge',
    ],
    'structured-outputs.rejects-missing-required': [
      'warn',
      'true: strict schemas it cannot honour are accepted with 200 (a SHOULD)',
    ],
    'structured-outputs.rejects-open-object': [
      'warn',
      'true: strict schemas it cannot honour are accepted with 200 (a SHOULD)',
    ],
    'structured-outputs.sdk-parse': [
      'fail',
      'true: parse() throws ContentFilterFinishReasonError on the random finish_reason',
    ],
    'rate-limits.headers-present': ['warn', 'true: no x-ratelimit-* headers (a SHOULD)'],
    'rate-limits.headers-parse': [
      'inconclusive',
      'no x-ratelimit-* header is sent, so nothing to parse; rate-limits.headers-present warns for their absence',
    ],
    'rate-limits.remaining-decreases': [
      'inconclusive',
      'no x-ratelimit-remaining-* header to compare; rate-limits.headers-present warns for their absence',
    ],
    'rate-limits.burst-429': ['skip', 'opt-in burst check: skipped without --burst'],
    'rate-limits.429-body': ['skip', 'opt-in burst check: skipped without --burst'],
    'rate-limits.retry-after': ['skip', 'opt-in burst check: skipped without --burst'],
    'rate-limits.sdk-retry': ['skip', 'opt-in burst check: skipped without --burst'],
    'properties.invalid-error-shape': [
      'fail',
      'Steady\'s 400 body is {"error":"Validation failed",…}: error is a string, not the object whose message the SDK reads',
    ],
    'properties.invalid-param': ['warn', "Steady's 400 names no param for the broken field"],
    'properties.prompt-tokens': [
      'inconclusive',
      'no answer carries usage (optional; chat.usage warns for it), so no prompt_tokens to judge',
    ],
  },
};
