// Fetch API → MockRequest, the core's input. A Request (what MSW hands its handlers) is read as one; fetch(url, init)
// with a string body and plain or Headers headers (what openai-node passes) is read without building a Request.
import type { MockRequest } from '../core/types.ts';

type FetchInput = string | URL | Request;

interface Located {
  path: string;
  query: Record<string, string>;
}

export async function toMockRequest(
  input: FetchInput,
  init: RequestInit | undefined,
  at: Located,
): Promise<MockRequest> {
  const body = init?.body;
  if (input instanceof Request || (body !== undefined && body !== null && typeof body !== 'string')) {
    return fromRequest(input instanceof Request && init === undefined ? input : new Request(input, init), at);
  }
  const method = (init?.method ?? 'GET').toUpperCase();
  const request: MockRequest = { method, path: at.path, query: at.query, headers: lowerCased(init?.headers) };
  if (typeof body === 'string') request.body = body;
  else if (method !== 'GET' && method !== 'HEAD') request.body = '';
  if (init?.signal) request.signal = init.signal;
  return request;
}

export async function fromRequest(request: Request, at: Located): Promise<MockRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value; // Headers iterates lower-case names
  });
  const out: MockRequest = { method: request.method, path: at.path, query: at.query, headers, signal: request.signal };
  if (request.method === 'GET' || request.method === 'HEAD') return out;
  if (/^\s*multipart\/form-data/i.test(headers['content-type'] ?? '')) {
    // uploads stay bytes (see MockRequest.raw): text decoding would corrupt them
    out.raw = new Uint8Array(await request.arrayBuffer());
    out.body = '';
    out.bodyBytes = out.raw.length;
  } else out.body = await request.text();
  return out;
}

function lowerCased(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined) return out;
  if (headers instanceof Headers) {
    headers.forEach((value, name) => {
      out[name] = value;
    });
    return out;
  }
  const entries = Array.isArray(headers) ? headers : Object.entries(headers);
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    // repeated names join as Headers joins them
    out[key] = key in out ? `${out[key]}, ${value}` : String(value);
  }
  return out;
}
