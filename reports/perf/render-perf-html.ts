// The perf page (DIR/index.html of conform perf): facts, the level table, then the pictures, cold starts, cost
// and SLOs. Self-contained: inline CSS allowed by hash, no script at all, nothing fetched.
import { pageHead } from '../internal/page-head.ts';
import { escapeHtml } from '../internal/escape.ts';
import { formatDate, formatMs } from '../internal/text.ts';
import { paletteCss } from '../internal/palette.ts';
import {
  coldStartLines,
  costLines,
  goodputLines,
  LEVEL_COLUMNS,
  levelRow,
  ms,
  perfFails,
  type Perf,
} from './perf-rows.ts';
import {
  cdfPlot,
  coldWarmPlot,
  concurrencyPlot,
  costPlot,
  crossoverPlot,
  ratePlot,
  ttftHistogram,
} from './perf-plots.ts';

/** what the perf section needs on any page (the conformance report's too) */
export const PERF_SECTION_CSS = `
table.levels{border-collapse:collapse;font-variant-numeric:tabular-nums;width:100%}
table.levels th,table.levels td{padding:4px 8px;border-bottom:1px solid #d9d9e0;text-align:right;white-space:nowrap}
table.levels th:nth-child(-n+2),table.levels td:nth-child(-n+2){text-align:left}
.plots{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:18px}
svg.chart{max-width:100%;height:auto;font-size:11px;background:#fff;border:1px solid #e4e4ea;border-radius:6px}
svg.chart text{fill:#1b1b1f}svg.chart .ct{font-weight:700;font-size:13px}svg.chart .al{fill:#5d5d66}
ul.lines li{margin:2px 0}
.slo-pass{color:#00704f}.slo-fail{color:#b04a00;font-weight:700}
`;

const CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:15px;line-height:1.45;color:#1b1b1f;background:#fff}
${paletteCss()}
body{margin:0}main{max-width:1240px;margin:0 auto;padding:24px 28px 64px}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.2rem;margin:32px 0 10px}
.muted{color:#5d5d66}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:8px 20px;margin:0 0 18px;padding:14px 16px;background:#f6f6f9;border-radius:8px}
.facts dt{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:#5d5d66}.facts dd{margin:0;overflow-wrap:anywhere;font-weight:600}
.overall{padding:12px 16px;border-radius:8px;border-left:6px solid var(--solid);background:var(--tint);font-size:1.05rem}
footer{margin-top:40px;color:#5d5d66;font-size:.85rem}
${PERF_SECTION_CSS}`;

function facts(perf: Perf): string {
  const rows: Array<[string, string]> = [
    ['Target', perf.target.baseUrl],
    ['Model', perf.target.model],
    ['Date', formatDate(perf.startedAt)],
    ['Requests sent', `${perf.requests.sent} of ${perf.requests.planned} planned`],
    ['Duration', formatMs(perf.durationMs)],
    [
      'Workload',
      `${perf.workload.source}${perf.workload.file ? ` (${perf.workload.file})` : ''}, ${perf.workload.items} distinct requests`,
    ],
    [
      'Prompt tokens',
      `mean ${Math.round(perf.workload.promptTokens.mean ?? 0)}, p99 ${Math.round(perf.workload.promptTokens.p99 ?? 0)}`,
    ],
    ['Seed', String(perf.seed)],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`;
}

function levelTable(perf: Perf): string {
  const head = LEVEL_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = perf.levels.map(
    (l) =>
      `<tr>${levelRow(l)
        .map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`))
        .join('')}</tr>`,
  );
  return `<table class="levels"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const list = (lines: string[]) => `<ul class="lines">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;

function verdictHtml(perf: Perf): string {
  const failing = perfFails(perf);
  const verdict = failing
    ? `✘ ${perf.slos.filter((s) => !s.passed).length > 0 ? 'an SLO is broken' : 'no request succeeded'}`
    : perf.slos.length > 0
      ? '✔ every SLO met'
      : '✔ measured (no SLO given)';
  return `<p class="overall s-${failing ? 'fail' : 'pass'}" role="status"><strong>${escapeHtml(verdict)}</strong></p>`;
}

/**
 * The perf section: the body of the perf page, or a section of a conformance report's page (`embedded`), where
 * it brings its own facts and verdict: the two runs have their own dates, requests and exit codes.
 */
export function perfSectionHtml(perf: Perf, embedded = false): string {
  const plots = [
    cdfPlot(perf, 'e2e'),
    cdfPlot(perf, 'ttft'),
    concurrencyPlot(perf),
    ratePlot(perf),
    ttftHistogram(perf),
    coldWarmPlot(perf),
    costPlot(perf),
    crossoverPlot(perf),
  ].filter((p) => p !== '');
  const slos =
    perf.slos.length === 0
      ? ''
      : `<h2 id="h-slos">Service-level objectives</h2><ul class="lines">${perf.slos.map((s) => `<li class="${s.passed ? 'slo-pass' : 'slo-fail'}">${s.passed ? '✔' : '✘'} <code>${escapeHtml(s.spec)}</code>: ${escapeHtml(s.message)}</li>`).join('')}</ul>`;
  const cold = coldStartLines(perf);
  const cost = costLines(perf);
  const good = goodputLines(perf);
  return `<section id="perf" aria-labelledby="h-perf"><h2 id="h-perf">Latency and cost</h2>
${embedded ? `<p class="muted">Measured by <code>conform perf</code> (perf.json beside results.json).</p>${facts(perf)}${verdictHtml(perf)}` : ''}
<p class="muted">Every latency counts from the intended send time, so a stalled server cannot hide its tail (open loop: the Poisson schedule; closed loop: the send). TTFT ends at the first chunk that carries output; TPOT = (last − first output chunk) / (output tokens − 1); percentiles are exact (linear interpolation).</p>
${levelTable(perf)}
<div class="plots">${plots.join('\n')}</div>
${good.length > 0 ? `<h2 id="h-goodput">Goodput</h2>${list(good)}` : ''}
${cold.length > 0 ? `<h2 id="h-cold">Cold starts</h2>${list(cold)}` : ''}
${cost.length > 0 ? `<h2 id="h-cost">Cost</h2>${list(cost)}` : ''}
${slos}
${(perf.warnings ?? []).length > 0 ? `<h2 id="h-notes">Notes</h2>${list(perf.warnings!)}` : ''}
</section>`;
}

export function renderPerfHtml(perf: Perf): string {
  const title = `Performance report: ${perf.target.label ?? perf.target.baseUrl} — ${perf.target.model}`;
  return `${pageHead(title, CSS)}
<body>
<main>
<header><h1>${escapeHtml(title)}</h1>${facts(perf)}${verdictHtml(perf)}</header>
${perfSectionHtml(perf)}
<footer>${escapeHtml(perf.tool.name)} ${escapeHtml(perf.tool.version)} · perf schema v${perf.schemaVersion} · this page makes no network requests; the full data is in perf.json.</footer>
</main>
</body>
</html>
`;
}
