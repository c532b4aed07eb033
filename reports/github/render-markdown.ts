// The GitHub job summary (appended to $GITHUB_STEP_SUMMARY): a feature × verdict table and the failing checks.
import type { Results } from '../internal/results.ts';
import { countChecks, countParts, groupByFeature } from '../internal/stats.ts';
import type { Verdict } from '../internal/stats.ts';
import { isFailingStatus, STATUS_LABEL } from '../internal/status.ts';
import type { Status } from '../internal/results.ts';
import { formatMs, shorten } from '../internal/text.ts';
import { codeSpan, escapeMarkdown } from './escape-markdown.ts';

const COLUMNS: Status[] = ['pass', 'fail', 'warn', 'unsupported', 'inconclusive', 'skip', 'untestable', 'error'];
const VERDICT: Record<Verdict, string> = {
  fail: '✗ FAIL',
  warn: '! WARN',
  pass: '✓ PASS',
  unsupported: '⊘ UNSUPPORTED',
  inconclusive: '≈ INCONCLUSIVE',
  skip: '↷ SKIP',
  empty: '—',
};

/** At most this many failing checks are listed; the HTML report has them all. */
const MAX_LISTED = 50;

export function renderMarkdownSummary(results: Results): string {
  const n = countChecks(results.checks);
  const target = results.target.label ?? results.target.baseUrl;
  // the headline count is the exit code's rule: it is 0 exactly when the run exits 0
  const verdict = n.failing === 0 ? '**nothing fails the run**' : `**${n.failing} failing**`;
  const out = [
    `## ${escapeMarkdown(results.tool.name)}: ${escapeMarkdown(target)} — model ${codeSpan(results.target.model)}`,
    '',
    `${n.total} checks, ${results.requests} requests in ${formatMs(results.durationMs)} against ${codeSpan(results.target.baseUrl)}: ${verdict} — ${countParts(
      n,
    )
      .map((p) => p.text)
      .join(', ')}.`,
    '',
    `| Feature | Verdict | ${COLUMNS.map((c) => `${STATUS_LABEL[c].icon} ${STATUS_LABEL[c].label.toLowerCase()}`).join(' | ')} |`,
    `|:--|:--|${COLUMNS.map(() => '--:').join('|')}|`,
  ];
  for (const g of groupByFeature(results.checks)) {
    out.push(
      `| ${escapeMarkdown(g.feature)} | ${VERDICT[g.verdict]} | ${COLUMNS.map((c) => (g.counts[c] === 0 ? '·' : String(g.counts[c]))).join(' | ')} |`,
    );
  }

  const failing = results.checks.filter(
    (x) => isFailingStatus(x.status) || x.status === 'warn' || x.status === 'inconclusive',
  );
  if (failing.length > 0) {
    out.push('', '### Failing, warning and inconclusive checks', '');
    for (const x of failing.slice(0, MAX_LISTED)) {
      const { icon, label } = STATUS_LABEL[x.status];
      const baselined = x.baselined === true ? ' _(baselined)_' : '';
      const message = x.message === '' ? x.title : x.message;
      out.push(
        `- ${icon} **${label}** ${codeSpan(x.id)} (${x.level}) — ${escapeMarkdown(shorten(message, 200))}${baselined}`,
      );
    }
    if (failing.length > MAX_LISTED) out.push(`- …and ${failing.length - MAX_LISTED} more in the HTML report`);
  }
  return `${out.join('\n')}\n`;
}
