// What went wrong on the wire, in words a user can act on. undici reports most failures as "fetch failed"
// with the real reason in `cause` (a code such as ECONNREFUSED, HPE_INVALID_CONSTANT, ERR_SSL_…); this
// turns that into a kind and a sentence, and tells apart failures before and after the status line.
import type { TransportErrorKind } from '../types.ts';

interface Cause {
  code: string;
  message: string;
}

function causeOf(err: unknown): Cause {
  const e = err as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } } | undefined;
  const code = String(e?.cause?.code ?? e?.code ?? '');
  const message = String(e?.cause?.message ?? e?.message ?? err ?? '').split('\n')[0];
  return { code, message };
}

const TLS = /^ERR_SSL_|^ERR_TLS_|CERT|^EPROTO$|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/;

/** the kind of a failure that happened before any status line was read */
export function kindBeforeHeaders(err: unknown): TransportErrorKind {
  const e = err as { name?: string } | undefined;
  if (e?.name === 'AbortError') return 'aborted';
  const { code, message } = causeOf(err);
  if (TLS.test(code)) return 'tls';
  if (code.startsWith('HPE_') || code === 'UND_ERR_HEADERS_OVERFLOW') return 'protocol';
  if (code === 'UND_ERR_SOCKET' && /^bad (response|upgrade)$/.test(message)) return 'protocol';
  if (
    /ECONNRESET|ECONNREFUSED|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_SOCKET|UND_ERR_CLOSED/.test(
      code,
    )
  )
    return 'connection';
  if (/fetch failed|terminated/i.test(message)) return 'connection';
  return 'other';
}

/** the sentence for a failure before the status line: `connection refused (ECONNREFUSED)`… */
export function describeBeforeHeaders(kind: TransportErrorKind, err: unknown): string {
  const { code, message } = causeOf(err);
  const tag = code ? ` (${code})` : '';
  switch (kind) {
    case 'tls':
      return code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong version number/i.test(message)
        ? `TLS handshake failed${tag}: the port does not speak TLS`
        : `TLS failed${tag}: ${message}`;
    case 'protocol':
      if (code === 'UND_ERR_HEADERS_OVERFLOW') return `the response headers are larger than Node's 16 KiB limit${tag}`;
      if (message === 'bad response')
        return 'the server answered 100 Continue and no final status (a 1xx answer is not a response)';
      if (message === 'bad upgrade')
        return 'the server answered 101 Switching Protocols to a plain request (a 1xx answer is not a response)';
      return `the answer is not HTTP/1.1${tag}: ${message}`;
    case 'connection':
      if (code === 'ECONNREFUSED') return `connection refused${tag}`;
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host not found${tag}`;
      if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `host unreachable${tag}`;
      return `the server closed the connection without answering${tag}`;
    default:
      return `request failed${tag}: ${message}`;
  }
}

/** why a body stopped after the status line: `connection reset`, `the server closed the connection`… */
export function cutCause(err: unknown): string {
  const { code, message } = causeOf(err);
  if (code === 'ECONNRESET') return 'connection reset';
  if (code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED' || code === 'EPIPE')
    return 'the server closed the connection';
  if (code.startsWith('HPE_')) return `broken HTTP framing: ${message}`;
  return code ? `${message} (${code})` : message;
}

/** `the stream was cut after 3 frames (connection reset)` / `the body was cut after 1,024 bytes (…)` */
export function describeCut(cause: string, read: { frames?: number; bytes: number }): string {
  if (read.frames !== undefined)
    return `the stream was cut after ${read.frames} ${read.frames === 1 ? 'frame' : 'frames'} (${cause})`;
  return `the body was cut after ${read.bytes.toLocaleString('en-US')} bytes (${cause})`;
}
