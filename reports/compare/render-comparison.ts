// Several runs (providers × models, or one target over time) in one self-contained compatibility table:
// features and checks down, targets across, a footnote on every cell that is not a plain pass.
import { pageHead } from '../internal/page-head.ts';
import { anchorId, escapeHtml } from '../internal/escape.ts';
import type { CheckResult, Results, Status } from '../internal/results.ts';
import { countChecks, countParts } from '../internal/stats.ts';
import { STATUS_LABEL, STATUSES } from '../internal/status.ts';
import { shorten } from '../internal/text.ts';
import { diffsOf, orderRuns, type Change, type RunDiff } from './diff-runs.ts';
import { comparisonCss } from './styles.ts';
import { CASES_FEATURE, casesTable, hasCases } from './cases-table.ts';
import type { ConformPerf } from '../../schemas/generated/perf.ts';
import { perfComparisonHtml } from './perf-columns.ts';

/** Cell words: the one status vocabulary of every report (icon and label), in lower case. */
export const CELL: Record<Status, { icon: string; word: string }> = Object.fromEntries(
  STATUSES.map((s) => [s, { icon: STATUS_LABEL[s].icon, word: STATUS_LABEL[s].label.toLowerCase() }]),
) as Record<Status, { icon: string; word: string }>;

function runLabel(r: Results): string {
  if (r.target.label !== undefined) return r.target.label;
  try {
    return new URL(r.target.baseUrl).host;
  } catch {
    return r.target.baseUrl;
  }
}

interface Row {
  feature: string;
  id: string;
  title: string;
  level: CheckResult['level'];
}

/** Every check of every run, grouped by feature, in order of first appearance (`skip`: a feature shown apart). */
function rowsOf(runs: Results[], skip?: string): Map<string, Row[]> {
  const byFeature = new Map<string, Row[]>();
  const seen = new Set<string>();
  for (const r of runs) {
    for (const c of r.checks) {
      if (seen.has(c.id) || c.feature === skip) continue;
      seen.add(c.id);
      const list = byFeature.get(c.feature) ?? [];
      list.push({ feature: c.feature, id: c.id, title: c.title, level: c.level });
      byFeature.set(c.feature, list);
    }
  }
  return byFeature;
}

/** Footnotes numbered once per distinct text, so a message shared by many cells is listed once. */
class Notes {
  readonly texts: string[] = [];
  private readonly index = new Map<string, number>();
  ref(text: string): number {
    let n = this.index.get(text);
    if (n === undefined) {
      this.texts.push(text);
      n = this.texts.length;
      this.index.set(text, n);
    }
    return n;
  }
}

function changeMarks(diffs: RunDiff[]): Map<Results, Map<string, 'down' | 'up'>> {
  const marks = new Map<Results, Map<string, 'down' | 'up'>>();
  for (const d of diffs) {
    const m = new Map<string, 'down' | 'up'>();
    for (const c of d.regressed) m.set(c.id, 'down');
    for (const c of d.fixed) m.set(c.id, 'up');
    marks.set(d.later, m);
  }
  return marks;
}

function cellHtml(run: Results, check: CheckResult | undefined, notes: Notes, mark: 'down' | 'up' | undefined): string {
  if (check === undefined)
    return '<td class="c none" title="not in this run">— <span class="muted">not run</span></td>';
  const { icon, word } = CELL[check.status];
  const note =
    check.status === 'pass' && check.evidence.note === undefined
      ? undefined
      : `${runLabel(run)} (${run.target.model}) — ${check.id}: ${check.message !== '' ? check.message : (check.evidence.note ?? STATUS_LABEL[check.status].label)}${check.baselined === true ? ' (baselined)' : ''}`;
  const sup =
    note !== undefined
      ? (() => {
          const n = notes.ref(shorten(note, 400));
          return `<sup><a href="#note-${n}" aria-label="note ${n}">${n}</a></sup>`;
        })()
      : '';
  const chg =
    mark === 'down'
      ? '<span class="chg down">▼ regressed</span>'
      : mark === 'up'
        ? '<span class="chg up">▲ fixed</span>'
        : '';
  return `<td class="c s-${check.status}"><span aria-hidden="true">${icon}</span> ${word}${sup}${chg}</td>`;
}

function changeList(kind: 'regressed' | 'fixed', changes: Change[]): string {
  if (changes.length === 0) return `<p class="muted">Nothing ${kind}.</p>`;
  const items = changes.map(
    (c) =>
      `<li><code>${escapeHtml(c.id)}</code> (${escapeHtml(c.level)}) ${escapeHtml(CELL[c.from].word)} → <strong>${escapeHtml(CELL[c.to].word)}</strong>${c.message !== '' ? `: ${escapeHtml(shorten(c.message, 240))}` : ''}</li>`,
  );
  return `<h3 class="${kind}">${kind === 'regressed' ? '▼ Regressed' : '▲ Fixed'} (${changes.length})</h3><ul>${items.join('')}</ul>`;
}

function diffHtml(d: RunDiff): string {
  const when = (r: Results) => escapeHtml(r.startedAt.slice(0, 19).replace('T', ' '));
  return `<section class="changes"><h3>${escapeHtml(runLabel(d.later))} — <code>${escapeHtml(d.later.target.model)}</code>: ${when(d.earlier)} → ${when(d.later)} UTC</h3>${changeList('regressed', d.regressed)}${changeList('fixed', d.fixed)}</section>`;
}

/** `perfRuns`: conform perf runs (perf.json), compared in a section of their own. */
export function renderComparison(runsIn: readonly Results[], perfRuns: readonly ConformPerf[] = []): string {
  const runs = orderRuns(runsIn);
  const diffs = diffsOf(runs);
  const marks = changeMarks(diffs);
  const notes = new Notes();
  const byId = runs.map((r) => new Map(r.checks.map((c) => [c.id, c])));

  const head = runs.map(
    (r) =>
      `<th scope="col">${escapeHtml(runLabel(r))}<span class="model">${escapeHtml(r.target.model)}</span><span class="date">${escapeHtml(r.startedAt.slice(0, 16).replace('T', ' '))}</span></th>`,
  );
  const totals = runs.map((r) => {
    const c = countChecks(r.checks);
    const rest = countParts(c)
      .filter((p) => p.status !== 'pass')
      .map((p) => p.text);
    return `<td>${c.pass}/${c.total} passed${rest.length > 0 ? `<br><span class="muted">${escapeHtml(rest.join(' · '))}</span>` : ''}</td>`;
  });
  // the cases get their own table first, and their footnotes first
  const cases = hasCases(runs) ? casesTable(runs, head, (r, c) => cellHtml(r, c, notes, undefined)) : '';
  const features = rowsOf(runs, cases ? CASES_FEATURE : undefined);
  const body: string[] = [`<tr class="totals"><th scope="row">All checks</th>${totals.join('')}</tr>`];
  for (const [feature, rows] of features) {
    body.push(
      `<tr class="feature" id="f-${escapeHtml(anchorId(feature))}"><th scope="rowgroup" colspan="${runs.length + 1}">${escapeHtml(feature)}</th></tr>`,
    );
    for (const row of rows) {
      const cells = runs.map((r, i) => cellHtml(r, byId[i]!.get(row.id), notes, marks.get(r)?.get(row.id)));
      body.push(
        `<tr id="${escapeHtml(anchorId(row.id))}"><th scope="row"><span class="level ${row.level.toLowerCase()}">${escapeHtml(row.level)}</span>${escapeHtml(row.title)}<span class="cid">${escapeHtml(row.id)}</span></th>${cells.join('')}</tr>`,
      );
    }
  }
  const legend = STATUSES.map((s) => `<span class="s-${s}">${CELL[s].icon} ${CELL[s].word}</span>`).join('');
  const css = comparisonCss();
  const changes =
    diffs.length === 0
      ? ''
      : `<h2>Changes since the earlier run of the same target</h2>${diffs.map(diffHtml).join('')}`;
  // perf runs alone (conform perf directories) have no checks to tabulate
  const checksHtml = `<div class="legend">${legend}</div>
${cases}
${
  cases && features.size === 0
    ? ''
    : `<h2>Compatibility table</h2>
<div class="grid-wrap"><table><thead><tr><th scope="col">Check</th>${head.join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table></div>`
}
<h2>Notes</h2>
${notes.texts.length === 0 ? '<p class="muted">Every check passed in every run.</p>' : `<ol class="notes">${notes.texts.map((t, i) => `<li id="note-${i + 1}">${escapeHtml(t)}</li>`).join('')}</ol>`}`;
  return `${pageHead(`OpenAI API compatibility: ${runs.length} ${runs.length === 1 ? 'run' : 'runs'} compared`, css)}
<body>
<main>
<h1>OpenAI API compatibility: ${runs.length} ${runs.length === 1 ? 'run' : 'runs'} compared</h1>
<p class="muted">Each column is one run (target and model); each cell one check. Numbers point to notes below the table.</p>
${changes}
${runs.length === 0 ? '' : checksHtml}
${perfRuns.length > 0 ? perfComparisonHtml(perfRuns) : ''}
<footer>${escapeHtml(runs[0]?.tool.name ?? 'openai-conform')} comparison · no network requests; each run's own report has its transcripts.</footer>
</main>
</body>
</html>
`;
}
