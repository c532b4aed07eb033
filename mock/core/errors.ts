// Error responses shaped exactly like the API's: {"error":{"message","type","param","code"}}, all four keys present.
import type { ModelKind } from './catalog.ts';
import type { MockJsonDraft } from './types.ts';

export interface ApiErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

/** An error answer as a value: quirks may reshape it, and the pipeline renders it once. */
export function apiError(status: number, error: ApiErrorBody, headers: Record<string, string> = {}): MockJsonDraft {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    json: { error: { message: error.message, type: error.type, param: error.param, code: error.code } },
  };
}

const invalid = (message: string, param: string | null = null, code: string | null = null): ApiErrorBody => ({
  message,
  type: 'invalid_request_error',
  param,
  code,
});

export const errors = {
  unparseableJson: () =>
    apiError(
      400,
      invalid(
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
      ),
    ),
  invalidBody: (message: string, param: string | null, code: string | null = 'invalid_value') =>
    apiError(400, invalid(message, param, code)),
  missingKey: () =>
    apiError(
      401,
      invalid(
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        null,
        'invalid_api_key',
      ),
    ),
  // never echo any part of the key: secrets must not reach logs or reports
  wrongKey: () => apiError(401, invalid('Incorrect API key provided.', null, 'invalid_api_key')),
  modelNotFound: (model: string) =>
    apiError(
      404,
      invalid(`The model \`${model}\` does not exist or you do not have access to it.`, null, 'model_not_found'),
    ),
  /** `kind`: the first model kind the endpoint serves (its table row's modelKinds) */
  wrongModelKind: (model: string, endpoint: string, kind: ModelKind | undefined) =>
    apiError(
      404,
      invalid(
        `This is not ${kind === 'embedding' ? 'an embedding' : 'a chat'} model and thus not supported in the ${endpoint.slice(1)} endpoint: \`${model}\`.`,
        'model',
        'model_not_found',
      ),
    ),
  tooManyTokens: (param: string, requested: number, limit: number) =>
    apiError(
      400,
      invalid(
        `${param} is too large: ${requested}. This model supports at most ${limit} completion tokens, whereas you provided ${requested}.`,
        param,
        'invalid_value',
      ),
    ),
  unknownRoute: (method: string, path: string) => apiError(404, invalid(`Invalid URL (${method} ${path})`)),
  wrongMethod: (method: string, path: string, allow: string) =>
    apiError(405, invalid(`Invalid method for URL (${method} ${path})`), { allow }),
  tooLarge: (size: number, limit: number) =>
    apiError(
      413,
      invalid(`Request body too large: ${size} bytes exceeds the limit of ${limit} bytes.`, null, 'request_too_large'),
    ),
  insufficientQuota: () =>
    apiError(
      429,
      {
        message:
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
      { 'x-should-retry': 'false' },
    ),
  serverError: () =>
    apiError(500, {
      message: 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      param: null,
      code: null,
    }),
};
