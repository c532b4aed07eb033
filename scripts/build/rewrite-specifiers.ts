// Relative specifiers in emitted declarations: the sources import "./x.ts"; the published files are x.js (ESM)
// and x.cjs (CommonJS), so their declarations must say so. Bare specifiers (packages) are left alone.
const RELATIVE = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*?)\.ts\2/g;

export function rewriteSpecifiers(dts: string, ext: '.js' | '.cjs'): string {
  return dts.replace(
    RELATIVE,
    (_, lead: string, quote: string, path: string) => `${lead}${quote}${path}${ext}${quote}`,
  );
}
