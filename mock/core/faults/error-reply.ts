// The answer of a `status` fault: the error body the API sends for that status, with retry headers for 429/503.
import type { ErrorReply } from '../quirks/types.ts';
import { FAULT_HEADER } from './parse.ts';

type Fields = { message: string; type: string; code: string | null };

const BODIES: Record<number, Fields> = {
  400: { message: 'Bad request.', type: 'invalid_request_error', code: null },
  401: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' },
  403: {
    message: 'Country, region, or territory not supported',
    type: 'request_forbidden',
    code: 'unsupported_country_region_territory',
  },
  404: { message: 'The requested resource does not exist.', type: 'invalid_request_error', code: null },
  409: {
    message: 'The request conflicts with the current state of the resource.',
    type: 'invalid_request_error',
    code: null,
  },
  422: { message: 'The request could not be processed.', type: 'invalid_request_error', code: null },
  429: {
    message: 'Rate limit reached for requests. Please try again in 1s.',
    type: 'requests',
    code: 'rate_limit_exceeded',
  },
  500: {
    message: 'The server had an error while processing your request. Sorry about that!',
    type: 'server_error',
    code: null,
  },
  502: { message: 'Bad gateway.', type: 'server_error', code: null },
  503: { message: 'The engine is currently overloaded, please try again later', type: 'server_error', code: null },
  504: { message: 'Gateway timeout.', type: 'server_error', code: null },
};

function fieldsFor(status: number): Fields {
  return BODIES[status] ?? (status >= 500 ? BODIES[500] : BODIES[400]);
}

/** `{error:{message,type,param,code}}` for `status`; 429 and 503 carry retry-after and retry-after-ms. */
export function faultErrorReply(status: number, retryAfterSeconds = 1): ErrorReply {
  const { message, type, code } = fieldsFor(status);
  const retry: Record<string, string> =
    status === 429 || status === 503
      ? { 'retry-after': String(retryAfterSeconds), 'retry-after-ms': String(retryAfterSeconds * 1000) }
      : {};
  return {
    status,
    // the marker header tells an app developer reading a trace that this failure was injected
    headers: { 'content-type': 'application/json', ...retry, [`${FAULT_HEADER}-injected`]: `status=${status}` },
    body: { error: { message: message.replace('1s', `${retryAfterSeconds}s`), type, param: null, code } },
  };
}

/** The body of an error that happens mid-stream. */
export function midStreamErrorBody(): { error: { message: string; type: string; param: null; code: string | null } } {
  const { message, type, code } = BODIES[500];
  return { error: { message, type, param: null, code } };
}
