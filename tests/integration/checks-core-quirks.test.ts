// Each quirk profile of the mock reproduces documented divergences; the core suites must fail exactly the
// checks that profile targets, at the right level, and nothing else.
import { describe, expect, it } from 'vitest';
import { runConform } from '../../suites/index.ts';
import type { QuirkName } from '../../mock/core/types.ts';
import { CORE, PENDING } from './checks-core-table.ts';

type Expect = Record<string, 'fail' | 'warn' | 'unsupported'>;

const REJECTS = [
  'errors.rejects-temperature-range',
  'errors.rejects-decimal-max-tokens',
  'errors.rejects-string-max-tokens',
  'errors.rejects-missing-messages',
  'errors.rejects-too-many-stop',
  'errors.rejects-unknown-role',
  'errors.rejects-malformed-json',
];
// the output-cap case is a SHOULD (B41): bad input answered 200 or 500 warns there
const rejectsFail = { ...Object.fromEntries(REJECTS.map((id) => [id, 'fail' as const])), 'errors.rejects-huge-max-tokens': 'warn' as const };

/** quirk → every core check it must turn from pass into something else (untestable checks are not listed) */
export const EXPECTED: Partial<Record<QuirkName, Expect>> = {
  'finish-reason-eos': { 'chat.finish-reason': 'fail', 'chat.response-shape-full': 'warn', 'streaming.finish-reason-enum': 'fail', 'streaming.chunk-shape-full': 'warn' },
  'finish-reason-empty': { 'streaming.finish-reason-enum': 'fail', 'streaming.chunk-shape-full': 'warn' },
  'finish-reason-every-chunk': { 'streaming.finish-reason-once': 'fail' },
  'no-finish-reason-key': { 'streaming.finish-reason-key': 'fail', 'streaming.chunk-shape-full': 'warn' },
  'no-final-finish-reason': { 'streaming.finish-reason-once': 'fail', 'streaming.sdk-final': 'fail' },
  'no-first-role': { 'streaming.role-first': 'fail', 'streaming.sdk-final': 'fail' },
  'empty-first-chunk': { 'streaming.constant-fields': 'warn', 'streaming.chunk-shape-full': 'warn' },
  'created-ms': { 'chat.created-seconds': 'fail', 'chat.response-shape-full': 'warn', 'streaming.created-seconds': 'fail', 'streaming.chunk-shape-full': 'warn' },
  'no-id': { 'models.retrieve': 'fail', 'chat.response-shape-full': 'warn', 'streaming.chunk-shape-full': 'warn' },
  'no-message': { 'chat.response-shape': 'fail', 'chat.response-shape-full': 'warn', 'chat.usage': 'warn', 'chat.sdk-parse': 'fail' },
  'usage-every-chunk': { 'streaming.usage-null-elsewhere': 'warn' },
  'no-usage-chunk': { 'streaming.usage-chunk': 'fail' },
  'no-done': { 'streaming.done-present': 'fail', 'completions.stream': 'warn' },
  'done-trailing-space': { 'streaming.done-exact': 'fail', 'completions.stream': 'warn' },
  'keep-alive-comments': {},
  'flat-error': { 'errors.body-envelope': 'fail', 'errors.param': 'warn', 'errors.sdk-message': 'warn' },
  'array-error': { 'errors.body-envelope': 'fail', 'errors.param': 'warn', 'errors.sdk-message': 'warn' },
  'string-error': { 'errors.body-envelope': 'fail', 'errors.param': 'warn' },
  'numeric-error-code': { 'errors.body-fields': 'fail' },
  'problem-json-error': { 'errors.body-envelope': 'fail', 'errors.param': 'warn', 'errors.sdk-message': 'warn' },
  'stream-error-200': { 'streaming.error-frames': 'fail', 'errors.stream-bad-input': 'warn' },
  'server-error-on-bad-input': { ...rejectsFail, 'errors.stream-bad-input': 'warn', 'errors.sdk-class': 'fail' },
  'ok-on-bad-input': { ...rejectsFail, 'errors.stream-bad-input': 'warn', 'errors.sdk-class': 'fail' },
  'n-unsupported': { 'chat.n': 'unsupported' },
  'n-ignored': { 'chat.n': 'fail' },
  'stop-in-output': { 'chat.stop-excluded': 'fail' },
  'stop-ignored': { 'chat.stop-honoured': 'fail', 'chat.stop-excluded': 'fail' },
  'embeddings-float-only': { 'embeddings.base64': 'fail', 'embeddings.sdk-default': 'fail' },
  'stream-as-json': { 'streaming.sse-body': 'fail', 'streaming.content-type': 'fail', 'streaming.sdk-chunks': 'fail', 'streaming.sdk-final': 'fail', 'completions.stream': 'warn', 'streaming.incremental': 'warn' },
  'buffered-stream': { 'streaming.incremental': 'warn' },
  'no-request-id': { 'chat.request-id': 'warn', 'chat.sdk-request-id': 'warn' },
  'text-error-content-type': { 'errors.content-type': 'fail' },
  'usage-mismatch': { 'chat.usage-total': 'fail', 'streaming.usage-chunk': 'fail' },
  'no-refusal-key': { 'chat.response-shape-full': 'warn' },
  'models-bad-shape': { 'models.list-shape': 'fail', 'models.sdk-list': 'fail' },
  'seed-ignored': { 'chat.seed': 'warn', 'streaming.matches-nonstream': 'warn' },
  'max-tokens-ignored': { 'chat.max-tokens': 'fail', 'chat.max-completion-tokens': 'fail', 'errors.rejects-huge-max-tokens': 'warn' },
};

describe.concurrent('core checks against each quirk profile', () => {
  for (const [quirk, expected] of Object.entries(EXPECTED) as Array<[QuirkName, Expect]>) {
    it(`${quirk} fails exactly ${Object.keys(expected).join(', ') || 'nothing'}`, async () => {
      // the model is named because models-bad-shape leaves preflight nothing to pick from
      const r = await runConform({ features: [...CORE], model: 'gpt-4o-mini', embeddingModel: 'text-embedding-3-small', mock: { quirks: [quirk] } });
      const seen = Object.fromEntries(
        r.checks.filter((c) => ['fail', 'warn', 'unsupported', 'error', 'skip'].includes(c.status) && (!(c.id in PENDING) || c.id in expected)).map((c) => [c.id, c.status]),
      );
      expect(seen).toEqual(expected);
    });
  }
});
