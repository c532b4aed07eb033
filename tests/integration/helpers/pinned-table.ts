// Pinned verdict tables: for each target, every check that does not pass, with its status and a one-line reason
// saying why that status is right for that target. A reason starting "FALSE:" marks a verdict reviewed as wrong
// (to be fixed in the check), "KNOWN FALSE:" one whose fix is left for later; a pass can be pinned that way too.
// "TODO review" marks an entry nobody has reasoned about yet. Tests fail on all three. A status "warn|pass" pins a
// verdict that varies between runs (itself a false verdict: mark it so). UPDATE_TABLES=1 rewrites a table from a
// run: statuses follow the run, reasons are kept, new or changed entries get "TODO review".
import { readFile, writeFile } from 'node:fs/promises';
import type { Results } from '../../../suites/index.ts';

export type Verdict = readonly [status: string, reason: string];
export type PinnedRow = Readonly<Record<string, Verdict>>;
export type PinnedTable = Readonly<Record<string, PinnedRow>>;

export const TODO = 'TODO review';
export const UPDATE = process.env.UPDATE_TABLES === '1';

/** id → status of every check that did not pass or is pinned in `row`, in report order */
export function observed(r: Results, row: PinnedRow = {}): Record<string, string> {
  return Object.fromEntries(r.checks.filter((c) => c.status !== 'pass' || c.id in row).map((c) => [c.id, c.status]));
}

/** the pinned statuses, a varying one ("warn|pass") read as the status seen when it is one of its alternatives */
export function statusesOf(row: PinnedRow = {}, seen: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).map(([id, [status]]) => [id, allows(status, seen[id]) ? seen[id] : status]),
  );
}

const allows = (pinned: string, status: string | undefined) =>
  status !== undefined && pinned.split('|').includes(status);

/** the row a run gives: reasons kept where the status is unchanged, "TODO review" elsewhere; a pinned pass that
 * still passes stays, an unpinned pass is left out */
export function updatedRow(old: PinnedRow = {}, r: Results): PinnedRow {
  const seen = Object.entries(observed(r, old)).filter(
    ([id, status]) => status !== 'pass' || allows(old[id]?.[0] ?? '', 'pass'),
  );
  return Object.fromEntries(
    seen.map(([id, status]) => {
      const before = old[id];
      if (!before) return [id, [status, TODO]];
      if (allows(before[0], status)) return [id, before];
      return [id, [status, `${TODO} (was ${before[0]}): ${before[1].replace(/^TODO review( \(was \w+\))?: /, '')}`]];
    }),
  );
}

/** "server check.id: reason" for every entry whose reason starts with `prefix` */
export function entriesMarked(table: PinnedTable, prefix: string): string[] {
  return Object.entries(table).flatMap(([name, row]) =>
    Object.entries(row)
      .filter(([, [, reason]]) => reason.startsWith(prefix))
      .map(([id, [status, reason]]) => `${name} ${id} (${status}): ${reason}`),
  );
}

/** Rewrites `export const <name> … = {…};` in `file`, keeping everything before it (the header). */
export async function writeTable(file: string, name: string, table: PinnedTable): Promise<void> {
  const source = await readFile(file, 'utf8');
  const start = source.indexOf(`export const ${name}`);
  if (start === -1) throw new Error(`[conform] ${file} has no "export const ${name}" to rewrite`);
  const q = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  const rows = Object.entries(table).map(([server, row]) => {
    const lines = Object.entries(row).map(([id, [status, reason]]) => `    ${q(id)}: [${q(status)}, ${q(reason)}],`);
    return `  ${q(server)}: {${lines.length ? `\n${lines.join('\n')}\n  ` : ''}},`;
  });
  await writeFile(file, `${source.slice(0, start)}export const ${name}: PinnedTable = {\n${rows.join('\n')}\n};\n`);
}
