// JavaScript: one output file per source file (no bundling of our own modules, so ESM and CommonJS have the same
// module graph and no class exists twice), JSON inlined where it is imported (no JSON modules at runtime: Node 20
// warns about them and CommonJS has no import attributes), packages left as imports.
import { build, type Plugin } from 'esbuild';

const TARGET = 'node20';

/** the .ts files reachable from the entries (JSON excluded: it is inlined) */
export async function reachable(root: string, entries: string[]): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: entries,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    target: TARGET,
    packages: 'external',
    outdir: 'out',
    splitting: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs)
    .filter((f) => f.endsWith('.ts'))
    .sort();
}

export async function emitJs(root: string, files: string[], format: 'esm' | 'cjs', outdir: string): Promise<void> {
  const ext = format === 'esm' ? '.js' : '.cjs';
  const result = await build({
    absWorkingDir: root,
    entryPoints: files,
    outbase: '.',
    outdir,
    outExtension: { '.js': ext },
    bundle: true,
    packages: 'external',
    plugins: [perFile(ext)],
    platform: 'node',
    format,
    target: TARGET,
    logLevel: 'silent',
  });
  // a warning here (import.meta in CommonJS, a require of ESM…) is a broken package, not a detail
  const problems = [...result.errors, ...result.warnings];
  if (problems.length)
    throw new Error(
      `[conform] build: esbuild ${format}: ${problems.map((p) => `${p.location?.file ?? ''}:${p.location?.line ?? ''} ${p.text}`).join('; ')}`,
    );
}

/** keeps each relative .ts import an import of its own output file */
function perFile(ext: string): Plugin {
  return {
    name: 'per-file',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point' || args.path.endsWith('.json')) return undefined;
        if (!args.path.endsWith('.ts'))
          return { errors: [{ text: `relative import without .ts: ${args.path} (in ${args.importer})` }] };
        return { path: args.path.slice(0, -3) + ext, external: true };
      });
    },
  };
}
