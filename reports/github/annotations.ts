// GitHub workflow commands (`::error title=…::message`), printed when GITHUB_ACTIONS=true.
import type { CheckResult, Results } from '../internal/results.ts';
import { isFailingStatus } from '../internal/status.ts';
import { terminalText } from '../internal/terminal-text.ts';

/** Message data: GitHub unescapes %25, %0D and %0A; other control characters are shown, not run (the log is a terminal). */
export function escapeData(text: string): string {
  return terminalText(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Property values (title=…) also end at ":" and ",". */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function kind(check: CheckResult): 'error' | 'warning' | 'notice' | undefined {
  if (isFailingStatus(check.status)) return check.baselined === true ? 'notice' : 'error';
  if (check.status === 'warn') return 'warning';
  return undefined;
}

/** One annotation per failing check (error), warning (warning) and baselined failure (notice). */
export function githubAnnotations(results: Results): string[] {
  const lines: string[] = [];
  for (const c of results.checks) {
    const k = kind(c);
    if (k === undefined) continue;
    const title = `[${c.level}] ${c.id} — ${c.title}${c.baselined === true ? ' (baselined)' : ''}`;
    const body = [c.message === '' ? c.title : c.message, `expected by: ${c.evidence.source.ref}`];
    if (c.evidence.breaks !== undefined && c.evidence.breaks.length > 0)
      body.push(`breaks: ${c.evidence.breaks.join('; ')}`);
    lines.push(`::${k} title=${escapeProperty(title)}::${escapeData(body.join('\n'))}`);
  }
  return lines;
}
