// Several providers' perf runs side by side: per load level TTFT, E2E, output speed and errors; then cold starts
// and the cost per 1k requests under each pricing model. The best value of each row is marked (bold and ★).
import type { ConformPerf, Level } from '../../schemas/generated/perf.ts';
import { escapeHtml } from '../internal/escape.ts';
import { ms, pct, usd } from '../perf/perf-rows.ts';

interface Row {
  label: string;
  values: Array<number | undefined>;
  show: (v: number) => string;
  better: 'low' | 'high';
}

const levelIds = (runs: readonly ConformPerf[]) => [...new Set(runs.flatMap((r) => r.levels.map((l) => l.id)))];
const levelOf = (r: ConformPerf, id: string): Level | undefined => r.levels.find((l) => l.id === id);

function rowsOf(runs: readonly ConformPerf[]): Array<{ group: string; rows: Row[] }> {
  const groups = levelIds(runs).map((id) => {
    const get = (f: (l: Level) => number | undefined) =>
      runs.map((r) => {
        const l = levelOf(r, id);
        return l ? f(l) : undefined;
      });
    const first = runs.map((r) => levelOf(r, id)).find((l) => l !== undefined)!;
    return {
      group: `${id} (${first.mode === 'closed' ? `${first.concurrency} in flight` : `${first.rate}/s`})`,
      rows: [
        { label: 'TTFT p50', values: get((l) => l.ttft.p50), show: ms, better: 'low' as const },
        { label: 'TTFT p99', values: get((l) => l.ttft.p99), show: ms, better: 'low' as const },
        { label: 'E2E p99', values: get((l) => l.e2e.p99), show: ms, better: 'low' as const },
        {
          label: 'output tokens/s',
          values: get((l) => l.outputTokensPerSecond),
          show: (v: number) => v.toFixed(0),
          better: 'high' as const,
        },
        {
          label: 'errors',
          values: get((l) => (l.requests > 0 ? l.failed / l.requests : undefined)),
          show: pct,
          better: 'low' as const,
        },
      ],
    };
  });
  const coldRows: Row[] = [
    {
      label: 'cold start added (max)',
      values: runs.map((r) => {
        const added = r.coldStart.probes
          .filter((p) => p.idleMs !== null && p.addedMs !== undefined)
          .map((p) => p.addedMs!);
        return added.length > 0 ? Math.max(...added) : undefined;
      }),
      show: ms,
      better: 'low',
    },
  ];
  const prices = [...new Set(runs.flatMap((r) => r.cost.models.map((m) => m.name)))];
  const costRows: Row[] = prices.map((name) => ({
    label: `${name}: per 1k requests`,
    values: runs.map((r) => r.cost.models.find((m) => m.name === name)?.per1k),
    show: usd,
    better: 'low',
  }));
  return [
    ...groups,
    { group: 'cold start', rows: coldRows },
    ...(costRows.length > 0 ? [{ group: 'cost', rows: costRows }] : []),
  ];
}

export function perfComparisonHtml(runs: readonly ConformPerf[]): string {
  const head = runs
    .map(
      (r) =>
        `<th scope="col">${escapeHtml(r.target.label ?? r.target.baseUrl)}<span class="model">${escapeHtml(r.target.model)}</span><span class="date">${escapeHtml(r.startedAt.slice(0, 16).replace('T', ' '))}</span></th>`,
    )
    .join('');
  const body: string[] = [];
  for (const { group, rows } of rowsOf(runs)) {
    body.push(`<tr class="feature"><th scope="rowgroup" colspan="${runs.length + 1}">${escapeHtml(group)}</th></tr>`);
    for (const row of rows) {
      const known = row.values.filter((v): v is number => v !== undefined);
      const best = known.length > 1 ? (row.better === 'low' ? Math.min(...known) : Math.max(...known)) : undefined;
      const cells = row.values.map((v) =>
        v === undefined
          ? '<td class="muted">—</td>'
          : v === best
            ? `<td class="perf best"><strong>${escapeHtml(row.show(v))} ★</strong></td>`
            : `<td class="perf">${escapeHtml(row.show(v))}</td>`,
      );
      body.push(`<tr><th scope="row">${escapeHtml(row.label)}</th>${cells.join('')}</tr>`);
    }
  }
  return `<section id="perf-compare" aria-labelledby="h-perf-compare"><h2 id="h-perf-compare">Latency and cost</h2><p class="muted">Each column is one conform perf run; ★ marks the best value of a row. Latency counts from the intended send time.</p><div class="grid-wrap"><table><thead><tr><th scope="col">Measure</th>${head}</tr></thead><tbody>${body.join('\n')}</tbody></table></div></section>`;
}
