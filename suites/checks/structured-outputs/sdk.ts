// openai-node chat.completions.parse(): parsed output, or a refusal reported as such — never a crash.
import type { Check } from '../../engine/types.ts';
import { exchangeOf, isObject, isTransient, transcriptOf, where } from '../internal/read.ts';
import { issueLines, jsonSchemaIssues } from '../internal/json-schema-issues.ts';
import { BASIC } from './schemas.ts';
import { sdk } from '../internal/sources.ts';
import { viewDifference } from '../streaming/view-difference.ts';
import { BASIC_SOURCE, rootGrade, withControls } from './read-answer.ts';

const PROBE = 'structured-outputs.sdk-parse';

export const sdkParse: Check = {
  id: 'structured-outputs.sdk-parse',
  title: 'openai-node chat.completions.parse() returns message.parsed matching the schema (or message.refusal)',
  feature: 'structured-outputs',
  level: 'MUST',
  source: sdk('src/lib/parser.ts', 'parseChatCompletion'),
  breaks: ['openai-node parse() and zodResponseFormat users'],
  divergences: [33, 36],
  probes: withControls([PROBE]),
  repeatable: true,
  grade(t, ctx) {
    const root = rootGrade(t); // the same request on the wire failed: graded once, by structured-outputs.schema-valid
    if (root) return root;
    const tr = transcriptOf(t, PROBE);
    if (!tr.ok) return tr.grade;
    const outcome = tr.value.sdk.find((s) => s.label === 'sdk-parse');
    if (!outcome) return { status: 'untestable', message: `${PROBE} recorded no SDK outcome`, prerequisite: PROBE };
    const sdk = `${ctx.sdk.name} ${ctx.sdk.version}`;
    if (!outcome.ok) {
      const e = outcome.error;
      if (isTransient(e?.status))
        return {
          status: 'untestable',
          message: `the SDK call got ${e?.status} (transient): ${e?.message}`,
          prerequisite: `${PROBE} answered without ${e?.status}`,
        };
      const wire = exchangeOf(t, BASIC_SOURCE.probe, BASIC_SOURCE.label);
      const diff = viewDifference(
        tr.value.exchanges.find((x) => x.via === 'sdk' && x.label === 'sdk-parse'),
        wire.ok ? wire.value : undefined,
      );
      const why = diff ? `: ${diff}` : '';
      if (e?.status !== undefined)
        return {
          status: 'fail',
          message: `${sdk} parse() got ${e.status} (${e.message}) although the same request sent raw, ${where(BASIC_SOURCE)}, was answered${why}`,
        };
      return {
        status: 'fail',
        message: `${sdk} parse() threw ${e?.class ?? 'an error'}: ${e?.message ?? 'unknown'}${why}`,
      };
    }
    const choice = (outcome.value as { choices?: unknown[] } | undefined)?.choices?.[0];
    const message = isObject(choice) && isObject(choice.message) ? choice.message : {};
    if (typeof message.refusal === 'string' && message.refusal !== '') {
      if (message.parsed !== null && message.parsed !== undefined)
        return { status: 'fail', message: `${sdk} parse() gave both a refusal and parsed output` };
      return {
        status: 'pass',
        message: `the model refused, and the refusal was reported as such: ${JSON.stringify(message.refusal)}`,
        details: { note: 'refusal reported via message.refusal, message.parsed null' },
      };
    }
    const issues = jsonSchemaIssues(BASIC.schema, message.parsed);
    if (issues.length)
      return {
        status: 'fail',
        message: `${sdk} parse() returned message.parsed that does not match the schema: ${issueLines(issues)}`,
        details: { issues, seen: message.parsed ?? null },
      };
    return { status: 'pass', message: `${sdk} parse() returned message.parsed matching the schema` };
  },
};
