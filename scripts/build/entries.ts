// What the build compiles, read from package.json: each export's dist/esm/X.js comes from X.ts, and the bin's
// cli/main.ts (ESM only: it awaits at top level). CommonJS gets the library exports.
export interface Entries {
  /** every public export's source, e.g. mock/index.ts */
  library: string[];
  /** the CLI's entry, ESM only */
  cli: string;
}

export const CLI_ENTRY = 'cli/main.ts';
export const ESM_DIR = 'dist/esm';
export const CJS_DIR = 'dist/cjs';

interface Conditions {
  import?: { types: string; default: string };
  require?: { types: string; default: string };
}

export function entriesOf(pkg: { exports: Record<string, string | Conditions> }): Entries {
  const library: string[] = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue; // ./package.json
    const js = target.import?.default ?? '';
    const match = /^\.\/dist\/esm\/(.+)\.js$/.exec(js);
    if (!match)
      throw new Error(
        `[conform] build: export "${key}" points at ${JSON.stringify(js)}; expected ./${ESM_DIR}/<source path>.js`,
      );
    const source = `${match[1]}.ts`;
    const expected = {
      import: { types: `./${ESM_DIR}/${match[1]}.d.ts`, default: js },
      require: { types: `./${CJS_DIR}/${match[1]}.d.cts`, default: `./${CJS_DIR}/${match[1]}.cjs` },
    };
    if (JSON.stringify(target) !== JSON.stringify(expected)) {
      throw new Error(
        `[conform] build: export "${key}" is ${JSON.stringify(target)}; expected ${JSON.stringify(expected)} (types first, then default, for import and require)`,
      );
    }
    library.push(source);
  }
  return { library, cli: CLI_ENTRY };
}
