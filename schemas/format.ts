// The one renderer for validation issues (suites, mock and reports all use it), in zod's prettifyError style.
import type { Issue } from './issue.ts';

/**
 * ✖ Invalid input: expected string, received null
 *   → at choices[0].delta.content
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => (i.path === '' ? `✖ ${i.message}` : `✖ ${i.message}\n  → at ${i.path}`)).join('\n');
}

/** The issue's field as OpenAI writes `error.param` ("messages[0].role"), or null for the whole body. */
export function paramOf(issue: Issue): string | null {
  return issue.path === '' ? null : issue.path;
}
