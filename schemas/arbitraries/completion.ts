// Valid legacy completion requests, walked from completion-request.schema.json.
import fc from 'fast-check';
import type { JsonSchema } from '../internal/levels.ts';
import { SCHEMAS } from '../registry.ts';
import type { CompletionRequest } from '../generated/index.ts';
import { arbitraryFor } from './from-schema.ts';
import { resolveOptions, type RequestArbitraryOptions } from './options.ts';

export const COMPLETION_ROOT = SCHEMAS['completion-request'] as unknown as JsonSchema;

export function validCompletionRequest(options: RequestArbitraryOptions = {}): fc.Arbitrary<CompletionRequest> {
  const o = resolveOptions(options, 'gpt-3.5-turbo-instruct');
  return arbitraryFor(COMPLETION_ROOT, COMPLETION_ROOT, '', {
    maxItems: o.maxItems,
    maxString: o.maxString,
    overrides: {
      model: fc.constant(o.model),
      max_tokens: fc.integer({ min: 1, max: o.maxTokens }),
      n: fc.integer({ min: 1, max: o.maxN }),
      best_of: fc.integer({ min: 1, max: o.maxN }),
      ...(o.stream === undefined ? {} : { stream: fc.constant(o.stream) }),
    },
    skip: (path) => o.omit.includes(path),
  }).map((req) => {
    const r = { ...(req as Record<string, unknown>) };
    for (const key of o.omit) if (key !== 'model' && key !== 'prompt') delete r[key];
    if (r.stream_options !== undefined && r.stream_options !== null) {
      if (o.stream === false) delete r.stream_options;
      else r.stream = true;
    }
    // best_of must be at least n and cannot stream
    if (typeof r.best_of === 'number') {
      if (r.stream === true) delete r.best_of;
      else if (typeof r.n === 'number' && r.n > r.best_of) r.n = r.best_of;
    }
    return r as CompletionRequest;
  });
}
