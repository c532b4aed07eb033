// The HTML report: one self-contained page (inline CSS and script, no external resources) rendering one Results.
import { FEATURES, isFeatureTag } from '../../suites/features.ts';
import { anchorId, escapeHtml } from '../internal/escape.ts';
import type { CheckResult, Results } from '../internal/results.ts';
import { transcriptOf } from '../internal/results.ts';
import { countChecks, countParts, groupByFeature } from '../internal/stats.ts';
import type { CountPart, FeatureGroup } from '../internal/stats.ts';
import { isNotPassing, STATUS_LABEL, STATUSES } from '../internal/status.ts';
import { pageHead } from '../internal/page-head.ts';
import { formatDate, formatMs, shorten } from '../internal/text.ts';
import { levelPill, statusBadge, verdictBadge } from './badges.ts';
import { checkDetailsHtml } from './check-details.ts';
import { CLIENT_SCRIPT } from './client-script.ts';
import { reportCss } from './styles.ts';
import { timelineSvg } from './timeline-svg.ts';
import type { Perf } from '../perf/perf-rows.ts';
import { PERF_SECTION_CSS, perfSectionHtml } from '../perf/render-perf-html.ts';

const describeFeature = (f: string) => (isFeatureTag(f) ? FEATURES[f] : '');
const featureAnchor = (f: string) => `feature-${anchorId(f)}`;

function factsHtml(r: Results): string {
  const planned =
    r.plannedRequests !== undefined && r.plannedRequests !== r.requests ? ` of ${r.plannedRequests} planned` : '';
  const facts: Array<[string, string]> = [
    ['Target', r.target.baseUrl],
    ['Model', r.target.model],
    ...(r.target.embeddingModel != null ? [['Embedding model', r.target.embeddingModel] as [string, string]] : []),
    ['Date', formatDate(r.startedAt)],
    ['Tool', `${r.tool.name} ${r.tool.version}`],
    ...(r.tool.sdkVersion !== undefined ? [['SDK', r.tool.sdkVersion] as [string, string]] : []),
    ['Requests made', `${r.requests}${planned}`],
    ['Duration', formatMs(r.durationMs)],
    ...(r.seed !== undefined ? [['Seed', String(r.seed)] as [string, string]] : []),
  ];
  return `<dl class="facts">${facts.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`;
}

function overallHtml(r: Results): string {
  const c = countChecks(r.checks);
  // fails exactly when the run exits 1 (one rule: suites/engine/fails-run.ts)
  const status = c.failing > 0 ? 'fail' : c.warn > 0 || c.known > 0 ? 'warn' : 'pass';
  const { icon, label } = STATUS_LABEL[status];
  const parts = countParts(c).map((p) => p.text);
  return `<p class="overall s-${status}" role="status"><strong><span aria-hidden="true">${icon}</span> ${label}</strong> ${escapeHtml(parts.join(' · '))} <span class="muted">— ${c.total} checks</span></p>`;
}

const partIcon = (p: CountPart) => STATUS_LABEL[p.status === 'baselined' ? 'fail' : p.status].icon;

function cardHtml(g: FeatureGroup): string {
  const cls = g.verdict === 'empty' ? '' : ` s-${g.verdict}`;
  const items = countParts(g.counts)
    .filter((p) => p.n > 0)
    .map((p) => `<li>${partIcon(p)} ${escapeHtml(p.text)}</li>`);
  return `<article class="card${cls}"><h3><a href="#${featureAnchor(g.feature)}">${escapeHtml(g.feature)}</a></h3><p class="desc">${escapeHtml(describeFeature(g.feature))}</p>${verdictBadge(g.verdict)}<ul>${items.join('')}</ul></article>`;
}

function mapHtml(groups: FeatureGroup[]): string {
  const rows = groups.map((g) => {
    const cells = g.checks.map((c) => {
      const { icon, label } = STATUS_LABEL[c.status];
      const text = `${c.id}: ${label} (${c.level})${c.baselined === true ? ', baselined' : ''}`;
      return `<a class="cell s-${c.status} lvl-${c.level.toLowerCase()}" href="#${escapeHtml(anchorId(c.id))}" data-check="${escapeHtml(anchorId(c.id))}" title="${escapeHtml(text)}" aria-label="${escapeHtml(text)}">${icon}</a>`;
    });
    return `<tr><th scope="row">${escapeHtml(g.feature)}</th><td><div class="cells">${cells.join('')}</div></td></tr>`;
  });
  const legend = STATUSES.map((s) => statusBadge(s)).join(' ');
  return `<table class="map">${rows.join('')}</table><p class="muted small">One square per check, in report order; MUST checks are solid, SHOULD and MAY checks have a white inner ring. Select a square to jump to its check.</p><p class="legend">${legend}</p>`;
}

function toolbarHtml(r: Results, groups: FeatureGroup[]): string {
  const counts = countChecks(r.checks);
  const features = groups
    .map((g) => `<option value="${escapeHtml(g.feature)}">${escapeHtml(g.feature)} (${g.checks.length})</option>`)
    .join('');
  const toggles = STATUSES.map((s) => {
    const { icon, label } = STATUS_LABEL[s];
    return `<button type="button" class="toggle s-${s}" data-status-toggle="${s}" aria-pressed="true">${icon} ${label} ${counts[s]}</button>`;
  }).join('');
  return `<div class="toolbar" role="search" aria-label="Filter checks">
<label>Feature<select id="f-feature"><option value="">all features</option>${features}</select></label>
<label>Level<select id="f-level"><option value="">all levels</option><option>MUST</option><option>SHOULD</option><option>MAY</option></select></label>
<fieldset class="toggles"><legend>Verdict (click to hide or show)</legend>${toggles}</fieldset>
<label>Search (press /)<input id="f-search" type="search" placeholder="id, title or message" autocomplete="off"></label>
<button type="button" id="f-reset">Reset filters</button><button type="button" id="expand-all">Expand all</button><button type="button" id="collapse-all">Collapse all</button>
<span id="f-count" aria-live="polite"></span>
</div>`;
}

function checkHtml(r: Results, c: CheckResult): string {
  const attrs = `class="check s-${c.status}" id="${escapeHtml(anchorId(c.id))}" data-feature="${escapeHtml(c.feature)}" data-level="${escapeHtml(c.level)}" data-status="${c.status}" data-text="${escapeHtml(`${c.id} ${c.title} ${c.message}`.toLowerCase())}"`;
  const message = c.message !== '' ? `<span class="cmsg">${escapeHtml(shorten(c.message, 220))}</span>` : '';
  const row = `${statusBadge(c.status, c.baselined === true)}${levelPill(c.level)}<span class="cid">${escapeHtml(c.id)}</span><span class="ctext"><span class="ctitle">${escapeHtml(c.title)}</span>${message}</span>`;
  // passing checks expand only when they have something to say (a note, trials)
  const expandable = isNotPassing(c.status) || c.evidence.note !== undefined || c.evidence.trials !== undefined;
  return expandable
    ? `<details ${attrs}><summary>${row}</summary>${checkDetailsHtml(r, c)}</details>`
    : `<div ${attrs} tabindex="-1"><div class="row">${row}</div></div>`;
}

function featureSectionHtml(r: Results, g: FeatureGroup): string {
  const id = featureAnchor(g.feature);
  return `<section class="feature" id="${id}" aria-labelledby="${id}-h"><header><h3 id="${id}-h">${escapeHtml(g.feature)}</h3>${verdictBadge(g.verdict)}<p>${escapeHtml(describeFeature(g.feature))}</p></header>${g.checks.map((c) => checkHtml(r, c)).join('')}</section>`;
}

function streamsHtml(r: Results): string {
  const items: string[] = [];
  for (const probe of Object.keys(r.transcripts ?? {})) {
    for (const ex of transcriptOf(r, probe)?.exchanges ?? []) {
      if (ex.response?.frames === undefined) continue;
      const users = r.checks.filter((c) => c.evidence.probes.includes(probe));
      const links = users.map((c) => `<a href="#${escapeHtml(anchorId(c.id))}">${escapeHtml(c.id)}</a>`).join(', ');
      items.push(
        `<div class="stream"><h3><code>${escapeHtml(probe)}</code> / <code>${escapeHtml(ex.label)}</code></h3>${timelineSvg(`${probe} / ${ex.label}`, ex.response)}${links !== '' ? `<p class="muted">Read by ${links}</p>` : ''}</div>`,
      );
    }
  }
  if (items.length === 0) return '';
  return `<section class="streams" aria-labelledby="h-streams"><h2 id="h-streams">Stream timelines</h2><p class="muted">Blue bar: waiting for headers. Ticks: SSE frames as they arrived (green: [DONE], dashed: comments). Yellow band: the longest gap between two frames.</p>${items.join('')}</section>`;
}

/** `perf`: a conform perf run of the same target, shown as a section of the page */
export function renderHtml(results: Results, perf?: Perf): string {
  const groups = groupByFeature(results.checks);
  const css = perf ? `${reportCss()}${PERF_SECTION_CSS}` : reportCss();
  const title = `Conformance report: ${results.target.label ?? results.target.baseUrl} — ${results.target.model}`;
  return `${pageHead(title, css, CLIENT_SCRIPT)}
<body>
<main>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">OpenAI API compatibility, checked against the spec and the official SDK's rules.</p>
${factsHtml(results)}
${overallHtml(results)}
</header>
<section aria-labelledby="h-features"><h2 id="h-features">Features</h2><div class="cards">${groups.map(cardHtml).join('')}</div></section>
<section aria-labelledby="h-map"><h2 id="h-map">Every check at a glance</h2>${mapHtml(groups)}</section>
<section aria-labelledby="h-checks"><h2 id="h-checks">Checks</h2>
${toolbarHtml(results, groups)}
${groups.map((g) => featureSectionHtml(results, g)).join('\n')}
</section>
${streamsHtml(results)}
${perf ? perfSectionHtml(perf, true) : ''}
<footer>${escapeHtml(results.tool.name)} ${escapeHtml(results.tool.version)} · results schema v${escapeHtml(results.schemaVersion)} · this page makes no network requests; the full data is in results.json${perf ? ' and perf.json' : ''}.</footer>
</main>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
