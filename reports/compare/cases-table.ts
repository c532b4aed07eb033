// Your app's cases (feature `cases`, from `conform cases FILE`) per provider, side by side: which run passes
// which case, with each run's share of cases passed and each case's trial pass rate. Choosing a provider is
// this one table; the compatibility table below keeps the standard checks.
import { anchorId, escapeHtml } from '../internal/escape.ts';
import type { CheckResult, Results } from '../internal/results.ts';

export const CASES_FEATURE = 'cases';

export const hasCases = (runs: readonly Results[]): boolean =>
  runs.some((r) => r.checks.some((c) => c.feature === CASES_FEATURE));

/** `cell` renders a status cell (with its footnote) as the compatibility table does */
export function casesTable(
  runs: readonly Results[],
  head: string[],
  cell: (run: Results, check: CheckResult | undefined) => string,
): string {
  const byRun = runs.map((r) => new Map(r.checks.filter((c) => c.feature === CASES_FEATURE).map((c) => [c.id, c])));
  const rows = new Map<string, string>(); // id → title, in order of first appearance
  for (const m of byRun) for (const c of m.values()) if (!rows.has(c.id)) rows.set(c.id, c.title);
  const totals = byRun.map((m) => {
    const passed = [...m.values()].filter((c) => c.status === 'pass').length;
    const pct = m.size === 0 ? '—' : `${Math.round((passed / m.size) * 100)}%`;
    return `<td><strong>${passed}/${m.size}</strong> cases passed <span class="muted">(${pct})</span></td>`;
  });
  const body = [...rows].map(([id, title]) => {
    const cells = runs.map((r, i) => withRate(cell(r, byRun[i]!.get(id)), byRun[i]!.get(id)));
    return `<tr id="${escapeHtml(anchorId(`case-${id}`))}"><th scope="row">${escapeHtml(title)}<span class="cid">${escapeHtml(id)}</span></th>${cells.join('')}</tr>`;
  });
  return `<h2 id="your-cases">Your cases</h2>
<p class="muted">Each row is one case of your cases file (<code>conform cases FILE</code>); the percentage is the share of cases a run passed, and <code>n/m</code> in a cell the trials that passed.</p>
<div class="grid-wrap"><table class="cases"><thead><tr><th scope="col">Case</th>${head.join('')}</tr></thead><tbody><tr class="totals"><th scope="row">Cases passed</th>${totals.join('')}</tr>${body.join('\n')}</tbody></table></div>`;
}

/** the trial pass rate inside the cell, before its closing tag */
function withRate(cellHtml: string, check: CheckResult | undefined): string {
  const t = check?.evidence.trials;
  if (!t || t.total < 2) return cellHtml;
  return cellHtml.replace(/<\/td>$/, ` <span class="rate">${t.passed}/${t.total}</span></td>`);
}
