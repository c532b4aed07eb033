// `content`: the answer's text is JSON, valid against a schema, matches a pattern, contains or avoids text.
// An answer without text (a tool call instead) fails: the app reads the text.
import { jsonSchemaIssues, issueLines, parseJsonText } from '../../checks/internal/json-schema-issues.ts';
import { clip } from '../../checks/internal/read.ts';
import { fail, pass, type Outcome, type Trial } from './outcome.ts';

export interface ContentWant {
  json?: boolean;
  schema?: Record<string, unknown>;
  pattern?: string;
  contains?: string | string[];
  notContains?: string | string[];
}

export function expectContent(want: ContentWant, t: Trial): Outcome {
  const text = t.answer.content;
  if (text === undefined) {
    const calls = t.answer.toolCalls.length;
    return fail(`the answer has no text content${calls ? ` (it called ${calls} tool${calls > 1 ? 's' : ''})` : ''}`);
  }
  const said = JSON.stringify(clip(text, 80));
  const passed: string[] = [];
  if (want.json || want.schema) {
    const parsed = parseJsonText(text);
    if (!parsed.ok) return fail(`content is not JSON (${parsed.error}): ${said}`, { seen: clip(text, 200) });
    passed.push('JSON');
    if (want.schema) {
      const issues = jsonSchemaIssues(want.schema, parsed.value);
      if (issues.length > 0)
        return fail(`content does not match the schema: ${issueLines(issues)}`, { issues, seen: parsed.value });
      passed.push('valid against the schema');
    }
  }
  if (want.pattern !== undefined) {
    if (!new RegExp(want.pattern).test(text)) return fail(`content does not match /${want.pattern}/: ${said}`);
    passed.push(`matching /${want.pattern}/`);
  }
  for (const s of [want.contains ?? []].flat()) {
    if (!text.includes(s)) return fail(`content does not contain ${JSON.stringify(s)}: ${said}`);
    passed.push(`containing ${JSON.stringify(s)}`);
  }
  for (const s of [want.notContains ?? []].flat()) {
    if (text.includes(s)) return fail(`content contains ${JSON.stringify(s)}: ${said}`);
    passed.push(`without ${JSON.stringify(s)}`);
  }
  return pass(`content ${passed.join(', ')}`);
}
