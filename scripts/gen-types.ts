// Generates schemas/generated/*.ts from the schema files (json-schema-to-typescript), plus an index.
// `npm run gen` writes them; gen-types.test.ts regenerates in memory and fails when the files are stale.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { SCHEMAS, type SchemaName } from '../schemas/registry.ts';

export const GENERATED_DIR = fileURLToPath(new URL('../schemas/generated/', import.meta.url));

const HEADER = '// generated — do not edit; run npm run gen (source: schemas/%s.schema.json)';

// x- annotations are ours (levels, arbitraries); the types describe the spec shape, i.e. the file as written
function withoutAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('x-')) continue;
    out[k] = k === 'enum' || k === 'const' || k === 'default' ? v : withoutAnnotations(v);
  }
  return out;
}

/** file name (without .ts) → content, for every schema; deterministic for a given set of schema files. */
export async function generateAll(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const names = (Object.keys(SCHEMAS) as SchemaName[]).sort();
  for (const name of names) {
    const schema = withoutAnnotations(SCHEMAS[name]) as Parameters<typeof compile>[0];
    const ts = await compile(schema, String(schema.title ?? name), {
      bannerComment: HEADER.replace('%s', name),
      additionalProperties: true,
      unreachableDefinitions: false,
      strictIndexSignatures: false,
      // plain arrays: `stop` as a union of 1- to 4-tuples helps no one; lengths are the validators' business
      ignoreMinAndMaxItems: true,
      declareExternallyReferenced: true,
      format: true,
      style: { singleQuote: true, printWidth: 120 },
    });
    files.set(name, ts);
  }
  // each file's root type by name; its helper types (Choice, Usage… repeat across files) under a namespace
  const index = [
    HEADER.replace(' (source: schemas/%s.schema.json)', ''),
    ...names.flatMap((n) => {
      const title = String((SCHEMAS[n] as { title?: string }).title ?? n);
      return [`export type { ${title} } from './${n}.ts';`, `export type * as ${title}Parts from './${n}.ts';`];
    }),
    '',
  ].join('\n');
  files.set('index', index);
  return files;
}

async function main(): Promise<void> {
  await mkdir(GENERATED_DIR, { recursive: true });
  for (const [name, content] of await generateAll()) {
    const file = `${GENERATED_DIR}${name}.ts`;
    const old = await readFile(file, 'utf8').catch(() => '');
    if (old !== content) await writeFile(file, content);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
