// The few lines printed at the end of a run: counts, the failing checks one per line, where the HTML report is.
// Checks that failed for one shared reason (a dead target errors every check the same way) share one entry.
// Every text from the results goes through terminalText: a target must not drive the terminal.
import type { CheckResult, Results } from '../internal/results.ts';
import { countChecks, countParts } from '../internal/stats.ts';
import { isFailingStatus, STATUS_LABEL } from '../internal/status.ts';
import { terminalText } from '../internal/terminal-text.ts';
import type { Status } from '../internal/results.ts';
import { formatMs, shorten } from '../internal/text.ts';

export interface ConsoleOptions {
  /** ANSI colours; the CLI passes true only on a TTY without NO_COLOR */
  color: boolean;
  htmlPath?: string;
}

const ANSI: Partial<Record<Status | 'dim' | 'bold', string>> = {
  pass: '\u001b[32m',
  fail: '\u001b[31m',
  error: '\u001b[31m',
  untestable: '\u001b[35m',
  warn: '\u001b[33m',
  unsupported: '\u001b[34m',
  inconclusive: '\u001b[36m',
  skip: '\u001b[2m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
};

export function renderConsoleSummary(results: Results, options: ConsoleOptions): string {
  const paint = (style: keyof typeof ANSI, text: string): string =>
    options.color && ANSI[style] ? `${ANSI[style]}${text}\u001b[0m` : text;
  const c = countChecks(results.checks);
  const target =
    results.target.label !== undefined ? `${results.target.label} (${results.target.baseUrl})` : results.target.baseUrl;
  const lines = [
    paint(
      'bold',
      terminalText(`${results.tool.name} ${results.tool.version} — ${target}, model ${results.target.model}`),
    ),
  ];

  const parts = countParts(c).map((p) => paint(p.status === 'baselined' ? 'dim' : p.status, p.text));
  const run = `${results.requests} requests in ${formatMs(results.durationMs)}`;
  // a re-graded run sent nothing now: the requests are the saved run's
  const what = isRegraded(results)
    ? `${c.total} checks re-graded from a saved run (${run})`
    : `${c.total} checks, ${run}`;
  lines.push(`${what}: ${parts.join(', ')}`);

  const failing = results.checks.filter((x) => isFailingStatus(x.status));
  if (failing.length > 0) {
    lines.push('', paint('bold', 'Failing checks:'));
    const width = Math.min(44, Math.max(...failing.map((x) => x.id.length)));
    for (const group of groupByCause(failing)) {
      if (group.length < COLLAPSE_AT) for (const x of group) lines.push(failingLine(x, width, paint));
      else lines.push(...groupLines(group, paint));
    }
  }
  if (c.warn > 0)
    lines.push(
      '',
      paint(
        'dim',
        `${c.warn} SHOULD ${c.warn === 1 ? 'warning does' : 'warnings do'} not fail the run; see the report.`,
      ),
    );
  if (c.inconclusive > 0)
    lines.push(
      paint(
        'dim',
        `${c.inconclusive} ${c.inconclusive === 1 ? 'check was' : 'checks were'} inconclusive (premise not observed); see the report.`,
      ),
    );
  if (options.htmlPath !== undefined) lines.push('', `HTML report: ${terminalText(options.htmlPath)}`);
  return `${lines.join('\n')}\n`;
}

function isRegraded(results: Results): boolean {
  return typeof (results.options as { regradedAt?: unknown } | undefined)?.regradedAt === 'string';
}

function failingLine(c: CheckResult, width: number, paint: (style: Status | 'dim', text: string) => string): string {
  const { icon, label } = STATUS_LABEL[c.status];
  const tag = paint(c.baselined === true ? 'dim' : c.status, `${icon} ${label.padEnd(10)}`);
  const baselined = c.baselined === true ? paint('dim', ' (baselined)') : '';
  const message = terminalText(shorten(c.message === '' ? c.title : c.message, 90));
  return `  ${tag} ${terminalText(c.id).padEnd(width)}  ${c.level.padEnd(6)}  ${message}${baselined}`;
}

/** this many checks failing for one reason share one entry */
export const COLLAPSE_AT = 3;
const IDS_SHOWN = 4;

/** What a check's message says went wrong, without the probe it was read from ("probe chat.basic failed: …"). */
function causeOf(c: CheckResult): string {
  return (c.message === '' ? c.title : c.message).replace(/^probe \S+ failed: /, '');
}

/** Failing checks grouped by status and cause, each group where its first check was. */
function groupByCause(failing: CheckResult[]): CheckResult[][] {
  const groups = new Map<string, CheckResult[]>();
  for (const c of failing) {
    const key = `${c.status}|${c.baselined === true}|${causeOf(c)}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(c);
  }
  return [...groups.values()];
}

function groupLines(group: CheckResult[], paint: (style: Status | 'dim', text: string) => string): string[] {
  const first = group[0];
  const { icon, label } = STATUS_LABEL[first.status];
  const tag = paint(first.baselined === true ? 'dim' : first.status, `${icon} ${label.padEnd(10)}`);
  const baselined = first.baselined === true ? paint('dim', ' (baselined)') : '';
  const more = group.length - IDS_SHOWN;
  const ids =
    group
      .slice(0, IDS_SHOWN)
      .map((c) => c.id)
      .join(', ') + (more > 0 ? `, … and ${more} more` : '');
  // said once, so in full: it usually ends with the fix
  return [
    `  ${tag} ${group.length} checks: ${terminalText(shorten(causeOf(first), 400))}${baselined}`,
    `  ${' '.repeat(13)}${paint('dim', terminalText(ids))}`,
  ];
}
