// Finding a request's row in the endpoint table: literal paths through a map (the hot path is one lookup), then
// the paths with parameters in table order.
import type { EndpointEntry } from './types.ts';

export type PathMatch =
  | { entry: EndpointEntry; params: Record<string, string> }
  | { allow: string } // the path is served, the method is not: the methods that are
  | undefined;

interface Pattern {
  regex: RegExp;
  names: string[];
  entries: EndpointEntry[];
}

const NO_PARAMS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** A matcher over `entries`; a path is normalized (trailing slashes dropped) by the caller. */
export function pathMatcher(entries: readonly EndpointEntry[]): (method: string, path: string) => PathMatch {
  const literal = new Map<string, EndpointEntry[]>();
  const patterns = new Map<string, Pattern>();
  for (const entry of entries) {
    if (!entry.path.includes('{')) literal.set(entry.path, [...(literal.get(entry.path) ?? []), entry]);
    else {
      const p = patterns.get(entry.path) ?? { ...compile(entry.path), entries: [] };
      p.entries.push(entry);
      patterns.set(entry.path, p);
    }
  }
  return (method, path) => {
    const exact = literal.get(path);
    if (exact) return pick(exact, method, NO_PARAMS);
    for (const p of patterns.values()) {
      const m = p.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      p.names.forEach((name, i) => (params[name] = safeDecode(m[i + 1])));
      return pick(p.entries, method, params);
    }
    return undefined;
  };
}

function pick(entries: readonly EndpointEntry[], method: string, params: Record<string, string>): PathMatch {
  const entry = entries.find((e) => e.method === method);
  return entry ? { entry, params } : { allow: entries.map((e) => e.method).join(', ') };
}

/** `{name}` is one non-empty path segment, `{name+}` the non-empty rest of the path. */
export function compile(path: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split(/(\{[a-z_]+\+?\})/i)
    .map((part) => {
      const param = /^\{([a-z_]+)(\+?)\}$/i.exec(part);
      if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]);
      return param[2] ? '(.+)' : '([^/]+)';
    })
    .join('');
  return { regex: new RegExp(`^${source}$`), names };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
