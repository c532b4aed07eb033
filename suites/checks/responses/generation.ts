// What the answer says: cut at max_output_tokens, function calls and their round trip by call_id, and
// structured output that is an instance of the schema asked for.
import type { Check } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { issueLines, jsonSchemaIssues } from '../internal/json-schema-issues.ts';
import { isObject, parseJson, show } from '../internal/read.ts';
import { guide, spec } from '../internal/sources.ts';
import { at, CAP, L, NUMBERS_SCHEMA, R, WEATHER } from './probes.ts';
import { answerOf, functionCalls, outputText, tokens, variant } from './read.ts';

const probes = [R.basic, CONTROL.probe];

export const incomplete: Check = {
  id: 'responses.incomplete',
  title: 'An answer cut by max_output_tokens is status "incomplete" with incomplete_details.reason "max_output_tokens"',
  feature: 'responses',
  level: 'MUST',
  source: spec('Response.incomplete_details'),
  breaks: ['clients that check status === "completed" take a cut answer for a whole one'],
  probes,
  grade(t) {
    const control = answerOf(t, L.create);
    if (!control.ok) return control.grade;
    const got = answerOf(t, L.incomplete, variant(`max_output_tokens = ${CAP}`, 'max_output_tokens'));
    if (!got.ok) return got.grade;
    // premise: the uncapped answer is longer than the cap
    const full = tokens(control.value.body);
    const longer = full
      ? full.output > CAP
      : (outputText(control.value.body) ?? '').length > (outputText(got.value.body) ?? '').length;
    if (!longer)
      return {
        status: 'inconclusive',
        message: `the uncapped answer (${at(L.create).label}) fits in ${CAP} tokens, so the cap cut nothing (--trials N may see a longer one)`,
      };
    const { status, incomplete_details: d } = got.value.body;
    if (status !== 'incomplete' || !isObject(d) || d.reason !== 'max_output_tokens')
      return {
        status: 'fail',
        message: `the capped answer says status ${show(status)}, incomplete_details ${show(d)}; expected "incomplete" with reason "max_output_tokens"`,
        details: { seen: { status, incomplete_details: d }, exchange: at(L.incomplete) },
      };
    return {
      status: 'pass',
      message: `cut at ${CAP} tokens and said so (status "incomplete", reason "max_output_tokens")`,
    };
  },
};

export const toolCalls: Check = {
  id: 'responses.tool-calls',
  title: 'Function calls are function_call items with a call_id, a declared name and JSON arguments',
  feature: 'responses',
  level: 'MUST',
  source: spec('FunctionToolCall'),
  breaks: ['openai-node parse() JSON.parses arguments; the round trip sends call_id back'],
  probes,
  grade(t) {
    const got = answerOf(t, L.tools, variant('function tools', 'tools'));
    if (!got.ok) return got.grade;
    const calls = functionCalls(got.value.body);
    if (calls.length === 0)
      return {
        status: 'inconclusive',
        message: `the model answered without calling ${WEATHER.name} (tool_choice "auto" allows it; --trials N may see a call)`,
      };
    const seen = new Set<unknown>();
    for (const c of calls) {
      const problem =
        typeof c.call_id !== 'string' || c.call_id === ''
          ? `call_id ${show(c.call_id)} is not a non-empty string`
          : seen.has(c.call_id)
            ? `call_id ${show(c.call_id)} is used twice`
            : c.name !== WEATHER.name
              ? `name ${show(c.name)} is not a declared tool`
              : typeof c.arguments !== 'string' || !parseJson(c.arguments).ok
                ? `arguments ${show(c.arguments)} are not a JSON string`
                : undefined;
      seen.add(c.call_id);
      if (problem)
        return {
          status: 'fail',
          message: `function_call item: ${problem}`,
          details: { seen: c, exchange: at(L.tools) },
        };
    }
    return {
      status: 'pass',
      message: `${calls.length} function_call item(s), each with its own call_id and JSON arguments`,
    };
  },
};

export const toolRoundTrip: Check = {
  id: 'responses.tool-round-trip',
  title: 'function_call_output items answering the calls by call_id are accepted and answered',
  feature: 'responses',
  level: 'MUST',
  source: guide(
    'function calling: send function_call_output with the call_id',
    'guides/function-calling?api-mode=responses',
  ),
  breaks: ['every tool loop of apps and agents on the Responses API'],
  probes,
  grade(t) {
    const calls = answerOf(t, L.tools);
    if (!calls.ok) return calls.grade;
    if (functionCalls(calls.value.body).length === 0)
      return {
        status: 'inconclusive',
        message: 'no function call was made, so no output could be sent back (responses.tool-calls grades the calls)',
      };
    const got = answerOf(t, L.toolOutputs, variant('function_call_output items', 'call_id', 'function_call_output'));
    if (!got.ok) return got.grade;
    const text = outputText(got.value.body);
    if (text === undefined || (text === '' && functionCalls(got.value.body).length === 0))
      return {
        status: 'fail',
        message: 'the answer to the tool outputs has neither a message nor a further call',
        details: { seen: got.value.body.output, exchange: at(L.toolOutputs) },
      };
    return {
      status: 'pass',
      message: text ? `tool outputs answered: ${show(text, 60)}` : 'tool outputs accepted; the model called again',
    };
  },
};

export const structuredOutput: Check = {
  id: 'responses.structured-output',
  title: 'text.format json_schema (strict) answers an instance of the schema',
  feature: 'responses',
  level: 'MUST',
  source: guide('structured outputs: the answer follows the supplied JSON Schema', 'guides/structured-outputs'),
  breaks: ['openai-node parse(): output_parsed throws or is not what the schema promised'],
  probes,
  grade(t) {
    const got = answerOf(t, L.structured, variant('text.format json_schema', 'text.format', 'json_schema', 'text'));
    if (!got.ok) return got.grade;
    if (got.value.body.status === 'incomplete')
      return {
        status: 'inconclusive',
        message: 'the structured answer was cut short (status "incomplete"), so it cannot be judged',
      };
    const text = outputText(got.value.body) ?? '';
    const p = parseJson(text);
    if (!p.ok)
      return {
        status: 'fail',
        message: `the structured answer is not JSON (${p.error}): ${show(text)}`,
        details: { seen: text, exchange: at(L.structured) },
      };
    const issues = jsonSchemaIssues(NUMBERS_SCHEMA, p.value);
    if (issues.length > 0)
      return {
        status: 'fail',
        message: `the structured answer breaks its schema: ${issueLines(issues, 1)}`,
        details: { seen: p.value, exchange: at(L.structured) },
      };
    return { status: 'pass', message: `the answer is an instance of the schema: ${show(p.value, 60)}` };
  },
};
