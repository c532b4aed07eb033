// The official SDK's view: client.responses.create() with its output_text helper, responses.stream() with
// finalResponse(), and parse() with output_parsed. The SDK's requests are the probe's, so its exchanges are the
// ones the raw checks grade; a failure here with a passing raw check names what the SDK could not take.
import type { Check, Grade } from '../../engine/types.ts';
import { CONTROL } from '../chat/probes.ts';
import { jsonSchemaIssues, issueLines } from '../internal/json-schema-issues.ts';
import { isObject, show } from '../internal/read.ts';
import { sdk } from '../internal/sources.ts';
import { at, L, NUMBERS_SCHEMA, R } from './probes.ts';
import { answerOf, cutStream, outputText, sdkOf, streamOf } from './read.ts';

const probes = [R.basic, CONTROL.probe];

/** the SDK's value for `label`, or the grade: a refusal graded by the raw reader, an SDK throw as a failure */
function sdkValue(
  t: Parameters<Check['grade']>[0],
  label: string,
  read: () => Grade | undefined,
): { ok: true; value: Record<string, unknown> } | { ok: false; grade: Grade } {
  const got = sdkOf(t, label);
  if (!got.ok) return got;
  const { o } = got.value;
  if (!o.ok) {
    // an HTTP refusal is graded by the raw checks (unsupported, untestable): say the same here
    const raw = read();
    if (o.error?.status !== undefined && raw) return { ok: false, grade: raw };
    return {
      ok: false,
      grade: {
        status: 'fail',
        message: `openai-node threw ${o.error?.class ?? 'an error'}: ${o.error?.message ?? ''}`,
        details: { seen: o.error, exchange: at(label) },
      },
    };
  }
  if (!isObject(o.value))
    return {
      ok: false,
      grade: {
        status: 'fail',
        message: `openai-node returned ${show(o.value)}, not a Response`,
        details: { exchange: at(label) },
      },
    };
  return { ok: true, value: o.value };
}

const rawGrade = (t: Parameters<Check['grade']>[0], label: string) => () => {
  const g = answerOf(t, label);
  return g.ok ? undefined : g.grade;
};

export const sdkOutputText: Check = {
  id: 'responses.sdk-output-text',
  title: 'client.responses.create() returns a Response whose output_text helper holds the answer',
  feature: 'responses',
  level: 'MUST',
  source: sdk('src/resources/responses/responses.ts', 'create() adds output_text when object === "response"'),
  breaks: ['openai-node 6 and 7: response.output_text, the idiom of every Responses example'],
  probes,
  grade(t) {
    const got = sdkValue(t, L.create, rawGrade(t, L.create));
    if (!got.ok) return got.grade;
    const helper = got.value.output_text;
    const expected = outputText(got.value);
    if (typeof helper !== 'string')
      return {
        status: 'fail',
        message: `output_text is ${show(helper)}: the SDK adds it only to bodies with object "response" (got ${show(got.value.object)})`,
        details: { exchange: at(L.create) },
      };
    if (helper === '')
      return {
        status: 'fail',
        message: 'output_text is empty: the answer has no message output_text part',
        details: { seen: got.value.output, exchange: at(L.create) },
      };
    if (helper !== expected)
      return {
        status: 'fail',
        message: `output_text ${show(helper)} differs from the message parts ${show(expected)}`,
        details: { exchange: at(L.create) },
      };
    return { status: 'pass', message: `output_text: ${show(helper, 60)}` };
  },
};

export const sdkStream: Check = {
  id: 'responses.sdk-stream',
  title: 'responses.stream().finalResponse() resolves to the streamed answer',
  feature: 'responses',
  level: 'MUST',
  source: sdk('src/lib/responses/ResponseStream.ts', 'finalResponse() after the accumulator read every event'),
  breaks: ['openai-node 6 and 7 streaming helpers (R16 response.done, R18 unknown events, R19 empty final output)'],
  probes,
  grade(t) {
    // a stream the transport cut is no verdict on the SDK
    const cut = cutStream(t);
    if (cut) return cut;
    const got = sdkValue(t, L.stream, () => {
      const s = streamOf(t);
      return s.ok ? undefined : s.grade;
    });
    if (!got.ok) return got.grade;
    const text = outputText(got.value);
    if (got.value.status !== 'completed' && got.value.status !== 'incomplete')
      return {
        status: 'fail',
        message: `finalResponse() has status ${show(got.value.status)}: the stream ended without a terminal event the SDK could read`,
        details: { exchange: at(L.stream) },
      };
    if (!text)
      return {
        status: 'fail',
        message: 'finalResponse() holds no output_text: the final response lost the streamed answer',
        details: { seen: got.value.output, exchange: at(L.stream) },
      };
    return { status: 'pass', message: `finalResponse() is ${String(got.value.status)}: ${show(text, 60)}` };
  },
};

export const sdkParse: Check = {
  id: 'responses.sdk-parse',
  title: 'responses.parse() with a json_schema format gives output_parsed, an instance of the schema',
  feature: 'responses',
  level: 'MUST',
  source: sdk(
    'src/lib/ResponsesParser.ts',
    'parseResponse(): JSON.parse of output_text when text.format is json_schema',
  ),
  breaks: ['structured outputs through the SDK helper'],
  probes,
  grade(t) {
    const got = sdkValue(t, L.structured, rawGrade(t, L.structured));
    if (!got.ok) return got.grade;
    if (got.value.status === 'incomplete')
      return {
        status: 'inconclusive',
        message: 'the structured answer was cut short, so parse() leaves output_parsed null',
      };
    const parsed = got.value.output_parsed;
    if (parsed === null || parsed === undefined)
      return {
        status: 'fail',
        message: `output_parsed is ${show(parsed)} for a completed structured answer`,
        details: { exchange: at(L.structured) },
      };
    const issues = jsonSchemaIssues(NUMBERS_SCHEMA, parsed);
    if (issues.length > 0)
      return {
        status: 'fail',
        message: `output_parsed breaks the schema: ${issueLines(issues, 1)}`,
        details: { seen: parsed, exchange: at(L.structured) },
      };
    return { status: 'pass', message: `output_parsed: ${show(parsed, 60)}` };
  },
};
