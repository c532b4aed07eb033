// Routing: the endpoint table's row for a method and path (endpoints/), or why there is none.
import { ENDPOINTS } from './endpoints/table.ts';
import { pathMatcher } from './endpoints/match.ts';
import type { EndpointEntry } from './endpoints/types.ts';

export type Route =
  | { name: 'endpoint'; entry: EndpointEntry; params: Record<string, string> }
  | { name: 'admin'; action: string }
  | { name: 'preflight' }
  | { name: 'unknown' }
  | { name: 'wrong-method'; allow: string };

const match = pathMatcher(ENDPOINTS);

export function matchRoute(method: string, rawPath: string): Route {
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
  const m = method.toUpperCase();
  // admin first: a CORS preflight to it gets no CORS answer, so a web page cannot call it
  if (path.startsWith('/_conform/')) return { name: 'admin', action: path.slice('/_conform/'.length) };
  if (m === 'OPTIONS') return { name: 'preflight' };
  const found = match(m, path);
  if (!found) return { name: 'unknown' };
  if ('allow' in found) return { name: 'wrong-method', allow: found.allow };
  return { name: 'endpoint', entry: found.entry, params: found.params };
}
