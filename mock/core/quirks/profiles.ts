// Provider profiles: the quirks Part B documents for one provider, under its name, so an app can be tested against
// "an Ollama-like server" in one word. Most of these were fixed later: a profile reproduces the versions cited.
import type { QuirkName } from '../types.ts';

export interface ProviderProfile {
  quirks: readonly QuirkName[];
  /** the Part B entries the profile draws on */
  partB: readonly number[];
}

export const PROVIDER_PROFILES = {
  'anthropic-compat': { quirks: ['n-ignored', 'seed-ignored', 'json-schema-ignored'], partB: [33] },
  azure: { quirks: ['empty-first-chunk', 'bad-rate-limit-headers'], partB: [14, 42] },
  'gemini-compat': { quirks: ['no-tool-call-index', 'tool-calls-finish-stop', 'no-id', 'array-error'], partB: [2, 8, 16, 25] },
  groq: { quirks: ['n-unsupported', 'no-usage-chunk'], partB: [18, 31] },
  'llama-cpp': {
    quirks: ['object-arguments', 'numeric-error-code', 'stream-error-200', 'n-unsupported', 'no-rate-limit-headers'],
    partB: [6, 28, 31, 42],
  },
  'lm-studio': { quirks: ['whole-tool-arguments', 'string-error', 'no-rate-limit-headers'], partB: [5, 26, 42] },
  'meta-llama': { quirks: ['problem-json-error'], partB: [29] },
  mistral: { quirks: ['flat-error', 'done-trailing-space'], partB: [21, 24] },
  ollama: {
    quirks: ['no-tool-call-index', 'whole-tool-arguments', 'finish-reason-empty', 'n-ignored', 'embeddings-float-only', 'no-rate-limit-headers'],
    partB: [1, 4, 9, 31, 40, 42],
  },
  openrouter: { quirks: ['keep-alive-comments', 'numeric-error-code', 'stream-error-200'], partB: [22, 27] },
  tgi: { quirks: ['no-id', 'stop-in-output'], partB: [16, 37] },
  together: { quirks: ['finish-reason-eos'], partB: [9] },
  vllm: {
    quirks: ['reused-tool-call-index', 'flat-error', 'usage-every-chunk', 'no-finish-reason-key', 'server-error-on-bad-input', 'no-rate-limit-headers'],
    partB: [3, 11, 18, 23, 30, 42],
  },
} as const satisfies Record<string, ProviderProfile>;

export type ProfileName = keyof typeof PROVIDER_PROFILES;

export function isProfile(name: string): name is ProfileName {
  return Object.hasOwn(PROVIDER_PROFILES, name);
}
