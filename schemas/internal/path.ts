// Paths as users and OpenAI's `error.param` write them: choices[0].delta.tool_calls[0].index ("" for the root).
export type PathSegment = string | number;

const IDENT = /^[A-Za-z_$][\w$]*$|^\d+$/;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** The value at `path` inside `root`, or undefined when any step is missing. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** `a.b` is under `a`, `a[0]` is under `a`, `ab` is not under `a`. */
export function isUnder(path: string, parent: string): boolean {
  if (parent === '') return true;
  if (path === parent) return true;
  return path.startsWith(parent) && (path[parent.length] === '.' || path[parent.length] === '[');
}
