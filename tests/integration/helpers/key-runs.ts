// Finds what is left of a secret in stored text, in any encoding a report could hold: raw, JSON-escaped (`\/`,
// `\u002B`), URL-encoded (`%2B`) or as HTML character references (`&#43;`), whole or in pieces (split across SSE
// frames, cut at a size cap). A piece counts from MIN_RUN characters: fewer could be anything.
export const MIN_RUN = 4;

/** every encoding undone at once, so a run spanning two encodings is found too */
export function decodeAll(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\\//g, '/')
    .replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
}

/** the distinct runs of `secret` (MIN_RUN characters or more, longest first) found in `text` once decoded */
export function secretRuns(text: string, secret: string): string[] {
  const decoded = decodeAll(text);
  const found: string[] = [];
  for (let start = 0; start + MIN_RUN <= secret.length; start++) {
    let end = start + MIN_RUN;
    if (!decoded.includes(secret.slice(start, end))) continue;
    while (end < secret.length && decoded.includes(secret.slice(start, end + 1))) end++;
    const run = secret.slice(start, end);
    if (!found.some((f) => f.includes(run))) found.push(run);
  }
  return found.sort((a, b) => b.length - a.length);
}
