// The console report of a perf run: the level table, cold starts, cost, SLO verdicts. Target text goes through
// terminalText: a target must not drive the terminal.
import { terminalText } from '../internal/terminal-text.ts';
import { formatMs } from '../internal/text.ts';
import {
  coldStartLines,
  costLines,
  goodputLines,
  LEVEL_COLUMNS,
  levelRow,
  ms,
  sloLines,
  type Perf,
} from './perf-rows.ts';

export function table(head: readonly string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}

export function renderPerfConsole(perf: Perf, opts: { htmlPath?: string } = {}): string {
  const out = [
    terminalText(
      `conform perf — ${perf.target.label ?? perf.target.baseUrl}, model ${perf.target.model}: ${perf.requests.sent} requests in ${formatMs(perf.durationMs)}`,
    ),
    '',
    ...table(LEVEL_COLUMNS, perf.levels.map(levelRow)),
  ];
  const cold = coldStartLines(perf);
  if (cold.length > 0)
    out.push(
      '',
      `Cold start (${perf.coldStart.detected ? 'detected' : 'not detected'}):`,
      ...cold.map((l) => `  ${l}`),
    );
  const good = goodputLines(perf);
  if (good.length > 0) out.push('', 'Goodput:', ...good.map((l) => `  ${l}`));
  const cost = costLines(perf);
  if (cost.length > 0) out.push('', 'Cost of the measured requests:', ...cost.map((l) => `  ${terminalText(l)}`));
  const slos = sloLines(perf);
  if (slos.length > 0) out.push('', 'SLOs:', ...slos.map((l) => `  ${l}`));
  for (const w of perf.warnings ?? []) out.push(`note: ${w}`);
  if (opts.htmlPath) out.push('', `Report: ${opts.htmlPath}`);
  return out.join('\n');
}
