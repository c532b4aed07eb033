// Where a client's URL lands in the core: everything under the app's base URL is served as /v1/…, whatever the
// app's own base path ("/v1", "/openai/v1", "").

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export interface BaseRoute {
  /** the base URL as given, for messages */
  base: string;
  /** origin + base path + "/": every URL the mock serves starts with it */
  prefix: string;
  /** the core's path and query of a URL under the base, or undefined when the URL is elsewhere */
  locate(url: string): { path: string; query: Record<string, string> } | undefined;
}

export function baseRoute(baseUrl: string): BaseRoute {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new TypeError(
      `[conform] mock: baseUrl ${JSON.stringify(baseUrl)} is not an absolute URL. Pass the client's baseURL, e.g. "https://api.openai.com/v1".`,
    );
  }
  const basePath = parsed.pathname.replace(/\/+$/, '');
  const prefix = `${parsed.origin}${basePath}/`;
  return {
    base: baseUrl,
    prefix,
    locate(url) {
      // the SDK's URLs are already normalised, so a prefix test spares the WHATWG parser on the hot path
      const normal = url.startsWith(prefix) ? url : normalise(url);
      if (normal === undefined || !normal.startsWith(prefix)) return undefined;
      const q = normal.indexOf('?');
      const rest = q === -1 ? normal.slice(prefix.length) : normal.slice(prefix.length, q);
      const hash = rest.indexOf('#');
      const path = '/v1/' + (hash === -1 ? rest : rest.slice(0, hash));
      return { path, query: q === -1 ? {} : Object.fromEntries(new URL(normal).searchParams) };
    },
  };
}

function normalise(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
