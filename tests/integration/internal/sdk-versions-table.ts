// The observed table of suites/checks/SDK-VERSIONS.md: what one SDK run printed, turned into the words of a cell,
// and the doc's table read back (or rewritten) between its two markers.
import { unreadable } from '../../../suites/checks/errors/sdk-errors.ts';

/** one line printed by tests/fixtures/sdk-behaviour.mjs */
export interface Observed {
  scenario: string;
  sdk: string;
  ok: boolean;
  chunks: number;
  errorClass: string | null;
  status: number | null;
  message: string | null;
  type: string | null;
  attempts: number;
  elapsedMs: number;
}

export interface Row {
  scenario: string;
  what: string;
  v6: string;
  v7: string;
  /** check id → '✗' (fails on this server) or '·' (its breaks text covers the row) */
  checks: Array<{ id: string; mark: '✗' | '·' }>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** the message as an app sees it, with the server's text replaced by a placeholder */
function messageShape(o: Observed): string {
  const m = o.message ?? '';
  const s = o.status;
  if (/status code \(no body\)$/.test(m)) return `\`${s} status code (no body)\``;
  if (new RegExp(`^${s} [[{]`).test(m)) return `\`${s} <raw JSON body>\``;
  if (new RegExp(`^${s} "`).test(m)) return `\`${s} "<message>"\``;
  return `\`${s} <message>\``;
}

/** the words of a table cell for one observed scenario; `control` is the chunk count of the control stream */
export function cell(o: Observed, control: number): string {
  if (o.errorClass === 'StillWaiting') return `still sleeping at the ${Math.round(o.elapsedMs / 1000)} s cut`;
  if (o.ok)
    return o.chunks === 0
      ? '0 chunks, no error'
      : o.chunks === control
        ? 'reads every chunk'
        : `${plural(o.chunks, 'chunk')}, no error`;
  const parts = [`throws ${o.errorClass}`];
  // error.type matters for the error-shape rows; a 429 always has one
  if (o.status !== null)
    parts.push(
      o.status === 429 ? messageShape(o) : `${messageShape(o)}, error.type ${o.type === null ? 'undefined' : 'set'}`,
    );
  if (o.chunks > 0) parts.push(o.chunks === control ? 'after every chunk' : `after ${plural(o.chunks, 'chunk')}`);
  // timing stays out of the cell: a retry inside the cut can only be the SDK's own backoff (<= 0.5 s on the first)
  if (o.attempts > 1) parts.push(`retried ${plural(o.attempts - 1, 'time')}`);
  return parts.join(', ').replace(/^(throws \w+), /, '$1 ');
}

/** Whether a ✗ check's failure on this row breaks the app on this SDK: the app does not get what the server meant. */
export function breaksApp(checkId: string, o: Observed, control: number): boolean {
  switch (checkId) {
    case 'streaming.done-exact':
    case 'streaming.done-present':
    case 'streaming.sse-body':
    case 'streaming.sdk-chunks':
      return !(o.ok && o.chunks === control && control > 0);
    case 'streaming.error-frames':
      return o.errorClass !== 'APIError';
    case 'errors.sdk-message':
      return unreadable(o.message ?? '') !== undefined;
    case 'errors.body-envelope':
      return unreadable(o.message ?? '') !== undefined || o.type === null;
    case 'rate-limits.retry-after':
      return o.attempts > 1; // the 429 named no delay, so the retry ran on the SDK's own clock
    default:
      throw new Error(`[conform] sdk-versions: no rule says when ${checkId} breaks an app. Add one to breaksApp().`);
  }
}

/** "openai-node 6 and 7: …" → {majors: [6, 7], tolerated: false}; entries about other clients are skipped */
export function sdkClaims(breaks: readonly string[]): Array<{ majors: number[]; tolerated: boolean; text: string }> {
  return breaks.flatMap((text) => {
    const m = /^openai-node ([^:]*\d[^:]*):\s*(.*)$/.exec(text);
    return m
      ? [{ majors: [...m[1].matchAll(/\d+/g)].map((d) => Number(d[0])), tolerated: /^tolerated\b/i.test(m[2]), text }]
      : [];
  });
}

const START = '<!-- sdk-versions:table -->';
const END = '<!-- /sdk-versions:table -->';

export function readTable(doc: string): Row[] {
  const body = doc.slice(doc.indexOf(START), doc.indexOf(END));
  return body
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => {
      const [scenario, what, v6, v7, checks] = l.slice(2, -2).split(' | ');
      return {
        scenario: scenario.replace(/`/g, ''),
        what,
        v6,
        v7,
        checks:
          checks === '—'
            ? []
            : checks.split(', ').map((c) => ({ mark: c[0] as '✗' | '·', id: c.slice(2).replace(/`/g, '') })),
      };
    });
}

export function writeTable(doc: string, rows: Row[]): string {
  const lines = rows.map((r) => {
    const checks = r.checks.length === 0 ? '—' : r.checks.map((c) => `${c.mark} \`${c.id}\``).join(', ');
    return `| \`${r.scenario}\` | ${r.what} | ${r.v6} | ${r.v7} | ${checks} |`;
  });
  const head = '| Scenario | What the server does | openai-node 6 | openai-node 7 | Checks |\n|---|---|---|---|---|';
  return `${doc.slice(0, doc.indexOf(START) + START.length)}\n${head}\n${lines.join('\n')}\n${doc.slice(doc.indexOf(END))}`;
}
