// Where a rule comes from: the pinned OpenAPI spec or a pinned openai-node file.
import type { SourceRef } from '../../engine/types.ts';

export const SPEC_URL =
  'https://github.com/openai/openai-openapi/blob/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.yaml';
const SDK_BASE = 'https://github.com/openai/openai-node/blob';

/** a rule of the OpenAPI spec, e.g. spec('CreateChatCompletionResponse.created') */
export function spec(ref: string): SourceRef {
  return { ref: `spec: ${ref}`, url: SPEC_URL };
}

/** a rule the official SDK enforces, e.g. sdk('src/core/streaming.ts', 'JSON.parse of every data line') */
export function sdk(file: string, rule: string, version = 'v6.49.0'): SourceRef {
  return { ref: `openai-node ${version.slice(1)}: ${file} (${rule})`, url: `${SDK_BASE}/${version}/${file}` };
}

/** observed OpenAI behaviour documented in the reference file (no spec text to point at) */
export function observed(rule: string, url: string): SourceRef {
  return { ref: `observed OpenAI behaviour: ${rule}`, url };
}

const DOCS = 'https://platform.openai.com/docs/';

/** a rule stated in OpenAI's guides, e.g. guide('function calling, tool_choice "auto"', 'guides/function-calling') */
export function guide(rule: string, page: string): SourceRef {
  return { ref: `guide: ${rule}`, url: `${DOCS}${page}` };
}

/** an entry of Part A of the reference (observed OpenAI behaviour), with the guide page that documents it */
export function reference(entry: string, rule: string, page: string): SourceRef {
  return { ref: `reference ${entry}: ${rule}`, url: `${DOCS}${page}` };
}
