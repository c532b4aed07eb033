// generated — do not edit; run npm run gen (source: schemas/cases.schema.json)

/**
 * Your app's own cases for `conform cases FILE`: the exact requests your app sends and what it relies on in the answers. `conform mock --record FILE` writes one from your tests' traffic.
 */
export interface ConformCases {
  /**
   * The schema of this file, for editors.
   */
  $schema?: string;
  /**
   * One entry per request your app sends. Each becomes the check `cases.<name>` in feature `cases`.
   */
  cases: Case[];
}
export interface Case {
  /**
   * Unique within the file; the check id is `cases.` followed by it in kebab-case.
   */
  name: string;
  /**
   * Why your app sends this request (shown in reports).
   */
  description?: string;
  /**
   * MUST: a failing case fails the run. SHOULD: it is reported as a warning.
   */
  level?: 'MUST' | 'SHOULD';
  request: Request;
  expect?: Expect;
  trials?: Trials;
}
/**
 * Sent as is, relative to --base-url. `--model` / `--embedding-model` replace body.model when given.
 */
export interface Request {
  method?: 'GET' | 'POST' | 'DELETE';
  /**
   * Relative to the base URL, e.g. /chat/completions, /embeddings, /completions, /responses.
   */
  path: string;
  /**
   * The JSON body. `stream: true` reads the answer as server-sent events.
   */
  body?: {
    [k: string]: unknown;
  };
  /**
   * Extra request headers. Never put credentials here: the key comes from --api-key.
   */
  headers?: {
    [k: string]: string;
  };
}
/**
 * What your app relies on. Without `status`, any 2xx is expected; a case with no expectation passes on a 2xx.
 */
export interface Expect {
  /**
   * The HTTP status, or the statuses accepted.
   */
  status?: number | number[];
  /**
   * The answer matches the API's response schema: `must` = what the official SDK needs, `should` = the whole spec.
   */
  schema?: 'must' | 'should';
  /**
   * The answer is a server-sent event stream that ends with data: [DONE].
   */
  stream?: true;
  /**
   * finish_reason of the first choice (the Responses API: `status`).
   */
  finishReason?: string | string[];
  toolCall?: ToolCall;
  content?: Content;
  /**
   * No stop sequence of the request appears in the answer. One more request is sent without `stop` to see that the sequence would have appeared (else the case is inconclusive).
   */
  stop?: true;
  /**
   * The answer reports token usage (prompt/input and total tokens as integers).
   */
  usage?: true;
  latencyMs?: {
    /**
     * The whole answer within this many ms.
     */
    max?: number;
    /**
     * The first byte of the body within this many ms.
     */
    firstByteMax?: number;
  };
}
/**
 * The answer calls a tool. No call at all fails the case (your app expected one).
 */
export interface ToolCall {
  /**
   * The function called (any, when omitted).
   */
  name?: string;
  /**
   * "valid": the arguments are JSON valid against the tool's `parameters` in the request. An object: the arguments contain these values (deep subset).
   */
  arguments?:
    | 'valid'
    | {
        [k: string]: unknown;
      };
}
/**
 * The answer's text: message.content, the streamed deltas joined, the Responses API's output text.
 */
export interface Content {
  /**
   * JSON.parse(content) succeeds.
   */
  json?: true;
  /**
   * The parsed content is valid against this JSON Schema.
   */
  schema?: {
    [k: string]: unknown;
  };
  /**
   * A JavaScript regular expression the content matches.
   */
  pattern?: string;
  /**
   * Text the content contains (each of them).
   */
  contains?: string | string[];
  /**
   * Text the content never contains.
   */
  notContains?: string | string[];
}
/**
 * Model output varies: send the request `count` times and require a pass rate. Without it, --trials N sets the count and every trial must pass.
 */
export interface Trials {
  count: number;
  /**
   * The share of graded trials that must pass, e.g. 0.8.
   */
  passRate?: number;
}
