import { describe, expect, it } from 'vitest';
import type { Exchange, TransportErrorKind } from './types.ts';
import { targetProblem, versionHint } from './preflight-target.ts';

const failed = (kind: TransportErrorKind, message: string): Exchange => ({
  label: 'models',
  via: 'wire',
  request: { method: 'GET', url: 'u', headers: {} },
  error: { kind, message },
});
const answered = (status: number, body: string, type = 'application/json'): Exchange => ({
  label: 'models',
  via: 'wire',
  request: { method: 'GET', url: 'u', headers: {} },
  response: { status, headers: { 'content-type': type }, body, bodyBytes: body.length, ttfbMs: 1, totalMs: 1 },
});

describe('targetProblem: each failure of GET /models in its own words', () => {
  it.each<[string, Exchange, string, string]>([
    [
      'TLS to a plain-HTTP port',
      failed('tls', 'TLS handshake failed (ERR_SSL_WRONG_VERSION_NUMBER): the port does not speak TLS'),
      'https://127.0.0.1:8000/v1',
      '[conform] TLS failed: GET https://127.0.0.1:8000/v1/models TLS handshake failed (ERR_SSL_WRONG_VERSION_NUMBER): the port does not speak TLS. The port probably serves plain HTTP: try --base-url http://127.0.0.1:8000/v1.',
    ],
    [
      'a port that does not speak HTTP',
      failed(
        'protocol',
        'the answer is not HTTP/1.1 (HPE_INVALID_CONSTANT): Response does not match the HTTP/1.1 protocol (Expected HTTP/)',
      ),
      'http://127.0.0.1:22/v1',
      "[conform] the target does not answer HTTP/1.1 properly: GET http://127.0.0.1:22/v1/models the answer is not HTTP/1.1 (HPE_INVALID_CONSTANT): Response does not match the HTTP/1.1 protocol (Expected HTTP/). Check that --base-url names the API's port.",
    ],
    [
      'a 1xx answer',
      failed('protocol', 'the server answered 100 Continue and no final status (a 1xx answer is not a response)'),
      'http://127.0.0.1:8000/v1',
      "[conform] the target does not answer HTTP/1.1 properly: GET http://127.0.0.1:8000/v1/models the server answered 100 Continue and no final status (a 1xx answer is not a response). Check that --base-url names the API's port.",
    ],
    [
      'oversized headers',
      failed('protocol', "the response headers are larger than Node's 16 KiB limit (UND_ERR_HEADERS_OVERFLOW)"),
      'http://127.0.0.1:8000/v1',
      "[conform] the target does not answer HTTP/1.1 properly: GET http://127.0.0.1:8000/v1/models the response headers are larger than Node's 16 KiB limit (UND_ERR_HEADERS_OVERFLOW). Check that --base-url names the API's port.",
    ],
    [
      'a refused connection',
      failed('connection', 'connection refused (ECONNREFUSED)'),
      'http://127.0.0.1:8000/v1',
      '[conform] target unreachable: GET http://127.0.0.1:8000/v1/models connection refused (ECONNREFUSED). Check --base-url and that the server is up.',
    ],
    [
      'a server that hangs up',
      failed('connection', 'the server closed the connection without answering (UND_ERR_SOCKET)'),
      'http://127.0.0.1:8000/v1',
      "[conform] the target hung up: GET http://127.0.0.1:8000/v1/models the server closed the connection without answering (UND_ERR_SOCKET). Check that --base-url names the API's port, and the server's log.",
    ],
    [
      'no /v1 and a 404',
      answered(404, '{"detail":"Not Found"}'),
      'http://127.0.0.1:8000',
      '[conform] no API at http://127.0.0.1:8000: GET http://127.0.0.1:8000/models answered 404. Should --base-url end in /v1? Try --base-url http://127.0.0.1:8000/v1.',
    ],
    [
      'no /v1 and an HTML page',
      answered(200, '<!doctype html><title>app</title>', 'text/html'),
      'http://127.0.0.1:8000/',
      '[conform] the target answered HTML, not the API: GET http://127.0.0.1:8000/models gave 200 text/html. Should --base-url end in /v1? Try --base-url http://127.0.0.1:8000/v1.',
    ],
  ])('%s', (_name, ex, baseUrl, message) => {
    expect(targetProblem(ex, baseUrl.replace(/\/+$/, ''))).toBe(message);
  });

  it('lets an API answer through, and a /v1 404 reach the model question', () => {
    expect(targetProblem(answered(200, '{"object":"list","data":[]}'), 'http://h/v1')).toBeUndefined();
    expect(targetProblem(answered(404, '{}'), 'http://h/v1')).toBeUndefined();
  });
});

describe('versionHint', () => {
  it('asks about /v1 only when the path names no version', () => {
    expect(versionHint('http://localhost:11434')).toBe(
      'Should --base-url end in /v1? Try --base-url http://localhost:11434/v1',
    );
    expect(versionHint('https://generativelanguage.googleapis.com/v1beta/openai')).toBeUndefined();
    expect(versionHint('https://api.example.com/api/v2')).toBeUndefined();
  });
});
