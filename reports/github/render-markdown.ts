// The GitHub job summary (appended to $GITHUB_STEP_SUMMARY): a feature × verdict table and the failing checks.
import type { Results } from '../internal/results.ts';
import { groupByFeature, summaryCounts } from '../internal/stats.ts';
import type { Verdict } from '../internal/stats.ts';
import { isFailing, STATUS_LABEL } from '../internal/status.ts';
import type { Status } from '../internal/results.ts';
import { formatMs, shorten } from '../internal/text.ts';
import { codeSpan, escapeMarkdown } from './escape-markdown.ts';

const COLUMNS: Status[] = ['pass', 'fail', 'warn', 'unsupported', 'inconclusive', 'skip', 'untestable', 'error'];
const VERDICT: Record<Verdict, string> = {
  fail: '✗ FAIL', warn: '! WARN', pass: '✓ PASS', unsupported: '⊘ UNSUPPORTED', skip: '↷ SKIP', empty: '—',
};

/** At most this many failing checks are listed; the HTML report has them all. */
const MAX_LISTED = 50;

export function renderMarkdownSummary(results: Results): string {
  const s = summaryCounts(results.summary);
  const target = results.target.label ?? results.target.baseUrl;
  const out = [
    `## ${escapeMarkdown(results.tool.name)}: ${escapeMarkdown(target)} — model ${codeSpan(results.target.model)}`,
    '',
    `${s.total} checks, ${results.requests} requests in ${formatMs(results.durationMs)} against ${codeSpan(results.target.baseUrl)}: ` +
      `**${s.fail + s.error + s.untestable - s.baselined} failing**, ${s.warn} ${s.warn === 1 ? 'warning' : 'warnings'}, ${s.pass} passed` +
      (s.baselined > 0 ? ` (${s.baselined} known ${s.baselined === 1 ? 'failure' : 'failures'} baselined)` : '') + '.',
    '',
    `| Feature | Verdict | ${COLUMNS.map((c) => `${STATUS_LABEL[c].icon} ${STATUS_LABEL[c].label.toLowerCase()}`).join(' | ')} |`,
    `|:--|:--|${COLUMNS.map(() => '--:').join('|')}|`,
  ];
  for (const g of groupByFeature(results.checks)) {
    out.push(`| ${escapeMarkdown(g.feature)} | ${VERDICT[g.verdict]} | ${COLUMNS.map((c) => (g.counts[c] === 0 ? '·' : String(g.counts[c]))).join(' | ')} |`);
  }

  const failing = results.checks.filter((c) => isFailing(c.status) || c.status === 'warn');
  if (failing.length > 0) {
    out.push('', '### Failing checks and warnings', '');
    for (const c of failing.slice(0, MAX_LISTED)) {
      const { icon, label } = STATUS_LABEL[c.status];
      const baselined = c.baselined === true ? ' _(baselined)_' : '';
      const message = c.message === '' ? c.title : c.message;
      out.push(`- ${icon} **${label}** ${codeSpan(c.id)} (${c.level}) — ${escapeMarkdown(shorten(message, 200))}${baselined}`);
    }
    if (failing.length > MAX_LISTED) out.push(`- …and ${failing.length - MAX_LISTED} more in the HTML report`);
  }
  return `${out.join('\n')}\n`;
}
