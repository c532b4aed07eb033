// Provider profiles: the quirks Part B documents for one provider, under its name, so an app can be tested against
// "an Ollama-like server" in one word. Most of these were fixed later: a profile reproduces the versions cited.
import type { QuirkName } from '../types.ts';
import { quirkDef } from './registry.ts';

export interface ProviderProfile {
  quirks: readonly QuirkName[];
}

export const PROVIDER_PROFILES = {
  'anthropic-compat': { quirks: ['n-ignored', 'seed-ignored', 'json-schema-ignored'] },
  azure: { quirks: ['empty-first-chunk', 'bad-rate-limit-headers'] },
  'gemini-compat': { quirks: ['no-tool-call-index', 'tool-calls-finish-stop', 'no-id', 'array-error'] },
  groq: { quirks: ['n-unsupported', 'no-usage-chunk'] },
  'llama-cpp': {
    quirks: [
      'object-arguments',
      'numeric-error-code',
      'stream-error-200',
      'n-unsupported',
      'no-rate-limit-headers',
      'vision-server-error',
    ],
  },
  'lm-studio': { quirks: ['whole-tool-arguments', 'string-error', 'no-rate-limit-headers'] },
  'meta-llama': { quirks: ['problem-json-error'] },
  mistral: { quirks: ['flat-error', 'done-trailing-space'] },
  ollama: {
    quirks: [
      'no-tool-call-index',
      'whole-tool-arguments',
      'finish-reason-empty',
      'n-ignored',
      'embeddings-float-only',
      'no-rate-limit-headers',
      'responses-ignore-previous-id',
      'transcript-formats-as-json',
      'remote-image-refused',
    ],
  },
  openrouter: { quirks: ['keep-alive-comments', 'numeric-error-code', 'stream-error-200'] },
  tgi: { quirks: ['no-id', 'stop-in-output'] },
  together: { quirks: ['finish-reason-eos'] },
  vllm: {
    quirks: [
      'reused-tool-call-index',
      'flat-error',
      'usage-every-chunk',
      'no-finish-reason-key',
      'server-error-on-bad-input',
      'no-rate-limit-headers',
      'responses-previous-id-404',
      'vision-server-error',
      'verbose-duration-string',
    ],
  },
} as const satisfies Record<string, ProviderProfile>;

export type ProfileName = keyof typeof PROVIDER_PROFILES;

export function isProfile(name: string): name is ProfileName {
  return Object.hasOwn(PROVIDER_PROFILES, name);
}

/** the Part B entries a profile draws on: those of its quirks, derived so they cannot disagree */
export function profilePartB(name: ProfileName): number[] {
  const all = PROVIDER_PROFILES[name].quirks.flatMap((q) => quirkDef(q)?.partB ?? []);
  return [...new Set(all)].sort((a, b) => a - b);
}
