// The route table: which handler serves a method and path, or why none does.

export type Route =
  | { name: 'list-models' }
  | { name: 'get-model'; model: string }
  | { name: 'chat' | 'completions' | 'embeddings'; endpoint: string }
  | { name: 'admin'; action: string }
  | { name: 'preflight' }
  | { name: 'unknown' }
  | { name: 'wrong-method'; allow: string };

const POSTS: Record<string, 'chat' | 'completions' | 'embeddings'> = {
  '/v1/chat/completions': 'chat',
  '/v1/completions': 'completions',
  '/v1/embeddings': 'embeddings',
};

export function matchRoute(method: string, rawPath: string): Route {
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
  const m = method.toUpperCase();
  // admin first: a CORS preflight to it gets no CORS answer, so a web page cannot call it
  if (path.startsWith('/_conform/')) return { name: 'admin', action: path.slice('/_conform/'.length) };
  if (m === 'OPTIONS') return { name: 'preflight' };
  const post = POSTS[path];
  if (post) return m === 'POST' ? { name: post, endpoint: path } : { name: 'wrong-method', allow: 'POST' };
  if (path === '/v1/models') return m === 'GET' ? { name: 'list-models' } : { name: 'wrong-method', allow: 'GET' };
  if (path.startsWith('/v1/models/') && path.length > '/v1/models/'.length) {
    if (m !== 'GET') return { name: 'wrong-method', allow: 'GET' };
    // ids may contain slashes ("org/model"), so take the whole rest of the path
    return { name: 'get-model', model: safeDecode(path.slice('/v1/models/'.length)) };
  }
  return { name: 'unknown' };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
