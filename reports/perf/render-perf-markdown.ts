// The job summary of a perf run (GitHub Markdown): the level table, cold starts, cost, SLO verdicts.
import { escapeMarkdown } from '../github/escape-markdown.ts';
import { formatMs } from '../internal/text.ts';
import {
  coldStartLines,
  costLines,
  goodputLines,
  LEVEL_COLUMNS,
  levelRow,
  ms,
  perfFails,
  sloLines,
  type Perf,
} from './perf-rows.ts';

export function renderPerfMarkdown(perf: Perf): string {
  const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const verdict = perfFails(perf) ? '❌ SLO broken' : perf.slos.length > 0 ? '✅ SLOs met' : 'measured';
  const out = [
    `## conform perf: ${escapeMarkdown(perf.target.label ?? perf.target.baseUrl)} — ${verdict}`,
    '',
    `Model \`${escapeMarkdown(perf.target.model)}\`, ${perf.requests.sent} requests in ${formatMs(perf.durationMs)}, seed ${perf.seed}. Latency counts from the intended send time.`,
    '',
    row(LEVEL_COLUMNS),
    `|${LEVEL_COLUMNS.map(() => '---').join('|')}|`,
    ...perf.levels.map((l) => row(levelRow(l))),
  ];
  const sections: Array<[string, string[]]> = [
    ['Goodput', goodputLines(perf)],
    ['Cold start', coldStartLines(perf)],
    ['Cost', costLines(perf)],
    ['SLOs', sloLines(perf)],
  ];
  for (const [title, lines] of sections) {
    if (lines.length > 0) out.push('', `**${title}**`, '', ...lines.map((l) => `- ${escapeMarkdown(l)}`));
  }
  return `${out.join('\n')}\n`;
}
