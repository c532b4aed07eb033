// The expanded view of a check that did not pass: expected, seen, issues, what it breaks, and the transcript.
import { anchorId, escapeHtml, safeHref } from '../internal/escape.ts';
import type { CheckResult, Results, Transcript } from '../internal/results.ts';
import { transcriptOf } from '../internal/results.ts';
import { showValue } from '../internal/text.ts';
import { exchangeHtml, sdkOutcomeHtml } from './transcript.ts';

const LEVEL_MEANING = {
  MUST: 'a MUST: failing it fails the run',
  SHOULD: 'a SHOULD: failing it is a warning',
  MAY: 'a MAY: optional, reported as unsupported when absent',
} as const;

function sourceHtml(check: CheckResult): string {
  const { ref, url } = check.evidence.source;
  const href = safeHref(url);
  const link =
    href !== undefined
      ? ` — <a href="${escapeHtml(href)}" rel="noreferrer noopener" target="_blank">${escapeHtml(href)}</a>`
      : url !== undefined
        ? ` — ${escapeHtml(url)}`
        : '';
  return `<p><strong>${escapeHtml(check.title)}</strong> (${LEVEL_MEANING[check.level]}).<br>Source: <cite>${escapeHtml(ref)}</cite>${link}</p>`;
}

function issuesTable(check: CheckResult): string {
  const issues = check.evidence.issues ?? [];
  if (issues.length === 0) return '';
  const rows = issues.map(
    (i) =>
      `<tr><td><code>${escapeHtml(i.path === '' ? '(root)' : i.path)}</code></td><td><code>${escapeHtml(i.expected)}</code></td><td><code>${escapeHtml(i.received)}</code></td><td>${escapeHtml(i.message)}</td><td>${i.level !== undefined ? escapeHtml(i.level.toUpperCase()) : ''}</td></tr>`,
  );
  return `<h4>Validation issues</h4><table class="issues"><thead><tr><th scope="col">path</th><th scope="col">expected</th><th scope="col">received</th><th scope="col">message</th><th scope="col">level</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function listOf(title: string, items: string[]): string {
  return items.length === 0 ? '' : `<h4>${title}</h4><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/** The exchange a non-passing check names, or else (unless skipped) every exchange of its probes. */
function transcriptHtml(results: Results, check: CheckResult): string {
  const ex = check.evidence.exchange;
  const parts: string[] = [];
  // a pass or a skip explains itself; whole transcripts there would only make the page heavy
  if (check.status === 'pass') return '';
  const probes = ex !== undefined ? [ex.probe] : check.status !== 'skip' ? check.evidence.probes : [];
  for (const probe of probes) {
    const t: Transcript | undefined = transcriptOf(results, probe);
    if (t === undefined) {
      parts.push(`<p class="muted">No transcript recorded for probe <code>${escapeHtml(probe)}</code>.</p>`);
      continue;
    }
    const exchanges = ex !== undefined ? t.exchanges.filter((e) => e.label === ex.label) : t.exchanges;
    const highlight = new Set(ex?.frames ?? []);
    if (t.failure !== undefined)
      parts.push(
        `<p class="transport-error">The probe could not run (${escapeHtml(t.failure.kind)}): ${escapeHtml(t.failure.message)}</p>`,
      );
    for (const e of exchanges) parts.push(exchangeHtml(probe, e, highlight));
    if (ex !== undefined && exchanges.length === 0)
      parts.push(
        `<p class="muted">Probe <code>${escapeHtml(probe)}</code> has no exchange labelled <code>${escapeHtml(ex.label)}</code>.</p>`,
      );
    if (t.sdk.length > 0)
      parts.push(`<h5>What the official SDK made of it</h5><ul class="sdk">${t.sdk.map(sdkOutcomeHtml).join('')}</ul>`);
    if (t.notes !== undefined && t.notes.length > 0)
      parts.push(`<ul class="notes">${t.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`);
  }
  return parts.length === 0 ? '' : `<h4>Transcript</h4>${parts.join('')}`;
}

export function checkDetailsHtml(results: Results, check: CheckResult): string {
  const e = check.evidence;
  const known = new Set(results.checks.map((c) => c.id));
  const seen = e.seen !== undefined ? `<pre class="seen"><code>${escapeHtml(showValue(e.seen))}</code></pre>` : '';
  const prerequisite =
    e.prerequisite === undefined
      ? ''
      : known.has(e.prerequisite)
        ? `<p>Prerequisite: <a href="#${escapeHtml(anchorId(e.prerequisite))}">${escapeHtml(e.prerequisite)}</a></p>`
        : `<p>Prerequisite: ${escapeHtml(e.prerequisite)}</p>`;
  const t = e.trials;
  const trials =
    t === undefined
      ? ''
      : `<p>Trials: ${t.passed} of ${t.total} passed (95% interval ${t.low.toFixed(2)}–${t.high.toFixed(2)})${t.flaky ? ' — <strong>flaky</strong>' : ''}</p>`;
  return [
    '<div class="check-body">',
    `<h4>Expected</h4>${sourceHtml(check)}`,
    `<h4>Seen</h4><p class="message">${check.message === '' ? '<span class="muted">(no message)</span>' : escapeHtml(check.message)}</p>${seen}`,
    check.baselined === true
      ? '<p class="baselined-note">Baselined: this failure is listed in --baseline and does not fail the run.</p>'
      : '',
    issuesTable(check),
    listOf('What it breaks', (e.breaks ?? []).map(escapeHtml)),
    listOf(
      'Known divergences',
      (e.divergences ?? []).map((d) => `Part B #${escapeHtml(d)} of the reference behaviour`),
    ),
    prerequisite,
    trials,
    e.note !== undefined ? `<p>Note: ${escapeHtml(e.note)}</p>` : '',
    transcriptHtml(results, check),
    `<p class="permalink"><a href="#${escapeHtml(anchorId(check.id))}">Link to this check</a></p>`,
    '</div>',
  ].join('');
}
