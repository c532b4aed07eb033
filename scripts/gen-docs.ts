// Generates the tables that restate facts held in code: the quirks and provider profiles of the mock
// (mock/core/quirks/README.md, from the registry) and the Part B divergences with the checks that catch them
// (suites/DIVERGENCES.md, from suites/divergences.ts and each check's `divergences` field).
// `npm run gen` writes them between markers; gen-docs.test.ts fails when a file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { QUIRK_DEFS } from '../mock/core/quirks/registry.ts';
import { PROVIDER_PROFILES, profilePartB, type ProfileName } from '../mock/core/quirks/profiles.ts';
import type { QuirkDef } from '../mock/core/quirks/types.ts';
import { checksOf, DIVERGENCES } from '../suites/divergences.ts';

const STAGES = ['reject', 'request', 'response', 'render', 'chunks', 'frames', 'error', 'headers'] as const;
const cell = (s: string): string => s.replace(/\|/g, '\\|');
const code = (s: string): string => `\`${s}\``;
const numbers = (ns: readonly number[]): string => (ns.length ? ns.join(', ') : '—');

function quirksTable(): string {
  const rows = (QUIRK_DEFS as readonly QuirkDef[]).map((d) => {
    const stages = STAGES.filter((s) => d[s] !== undefined).join(', ');
    return `| ${code(d.name)} | ${stages} | ${cell(d.description)} | ${numbers(d.partB)} | ${cell(d.source)} |`;
  });
  return [
    '| Quirk | Stages | What it does | Part B | Provider and public source |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function profilesTable(): string {
  const rows = (Object.keys(PROVIDER_PROFILES) as ProfileName[]).map(
    (name) =>
      `| ${code(name)} | ${PROVIDER_PROFILES[name].quirks.map(code).join(', ')} | ${numbers(profilePartB(name))} |`,
  );
  return ['| Profile | Quirks | Part B |', '|---|---|---|', ...rows].join('\n');
}

function divergencesTable(): string {
  const rows = DIVERGENCES.map(
    (d) => `| B${d.n} | ${cell(d.title)} | ${cell(d.providers.join(', '))} | ${checksOf(d.n).map(code).join(', ')} |`,
  );
  return ['| Entry | Divergence | Seen in | Checks that catch it |', '|---|---|---|---|', ...rows].join('\n');
}

/** file (relative to the repository) → marker name → generated block */
export const DOCS: Record<string, Record<string, () => string>> = {
  'mock/core/quirks/README.md': { quirks: quirksTable, profiles: profilesTable },
  'suites/DIVERGENCES.md': { divergences: divergencesTable },
};

const ROOT = new URL('../', import.meta.url);

/** the file's text with every marked block regenerated */
export function regenerate(text: string, blocks: Record<string, () => string>, file: string): string {
  let out = text;
  for (const [name, make] of Object.entries(blocks)) {
    const re = new RegExp(`(<!-- generated: ${name} \\(npm run gen\\) -->)[\\s\\S]*?(<!-- end: ${name} -->)`);
    if (!re.test(out))
      throw new Error(
        `[conform] ${file} has no "<!-- generated: ${name} (npm run gen) -->" … "<!-- end: ${name} -->" markers`,
      );
    out = out.replace(re, (_m, open: string, close: string) => `${open}\n${make()}\n${close}`);
  }
  return out;
}

export async function generateDocs(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [file, blocks] of Object.entries(DOCS)) {
    const text = await readFile(new URL(file, ROOT), 'utf8');
    files.set(file, regenerate(text, blocks, file));
  }
  return files;
}

async function main(): Promise<void> {
  for (const [file, content] of await generateDocs()) {
    const url = new URL(file, ROOT);
    if ((await readFile(url, 'utf8')) !== content) await writeFile(url, content);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
