// The model's output against the project's own schemas: for any valid request (the schemas engineer's
// arbitraries, walked from the request schemas), every response and chunk validates with no MUST and no
// SHOULD issue. A shape drift in either the generator or the schemas turns this red.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatIssues,
  validate,
  validChatRequest,
  validCompletionRequest,
  validEmbeddingsRequest,
  type SchemaName,
} from '../../../schemas/index.ts';
import { chatCompletion } from './chat-completion.ts';
import { chatCompletionChunks } from './chat-chunks.ts';
import { completion, completionChunks, type CompletionRequest } from './completion.ts';
import { embeddings, type EmbeddingsRequest } from './embeddings.ts';
import { planChatReply } from './plan.ts';
import type { ChatRequest } from './types.ts';

const chatMeta = {
  id: 'chatcmpl-conform',
  created: 1_700_000_000,
  model: 'gpt-4o-mini',
  system_fingerprint: 'fp_conform',
};
const cmplMeta = { id: 'cmpl-conform', created: 1_700_000_000, model: 'gpt-3.5-turbo-instruct' };

function expectValid(name: SchemaName, value: unknown): void {
  const r = validate(name, value);
  const issues = [...r.must, ...r.should];
  if (issues.length > 0) throw new Error(`${name} has issues:\n${formatIssues(issues)}\n${JSON.stringify(value)}`);
}

describe('generated bodies validate against the schemas', () => {
  it('chat: completion objects and every chunk, for any valid request', () => {
    fc.assert(
      fc.property(validChatRequest(), (raw) => {
        const req = raw as unknown as ChatRequest;
        const plan = planChatReply(req);
        expectValid('chat-completion-response', chatCompletion(req, plan, chatMeta));
        for (const chunk of chatCompletionChunks(req, plan, chatMeta)) expectValid('chat-completion-chunk', chunk);
      }),
      { numRuns: 80 },
    );
  });

  it('chat: for any valid request, no stop sequence in the output and the stream says what the object says', () => {
    fc.assert(
      fc.property(validChatRequest(), (raw) => {
        const req = { ...(raw as unknown as ChatRequest), stream_options: { include_usage: true } };
        const plan = planChatReply(req);
        const body = chatCompletion(req, plan, chatMeta);
        const chunks = chatCompletionChunks(req, plan, chatMeta);
        const stops = req.stop == null ? [] : [req.stop].flat().filter((x) => x !== '');
        body.choices.forEach((choice, i) => {
          for (const s of stops) expect(choice.message.content ?? '').not.toContain(s);
          const deltas = chunks.flatMap((c) => c.choices.filter((x) => x.index === i).map((x) => x.delta));
          const joined = deltas.map((d) => d.content ?? '').join('');
          expect(joined).toBe(choice.message.content ?? '');
          const args = (choice.message.tool_calls ?? []).map((_, k) =>
            deltas
              .flatMap((d) => d.tool_calls ?? [])
              .filter((t) => t.index === k)
              .map((t) => t.function?.arguments ?? '')
              .join(''),
          );
          expect(args).toEqual((choice.message.tool_calls ?? []).map((t) => t.function.arguments));
        });
        expect(chunks[chunks.length - 1].usage).toEqual(body.usage);
      }),
      { numRuns: 80 },
    );
  });

  it('legacy completions: objects and chunks', () => {
    fc.assert(
      fc.property(validCompletionRequest(), (raw) => {
        const req = raw as unknown as CompletionRequest;
        expectValid('completion-response', completion(req, cmplMeta));
        for (const chunk of completionChunks(req, cmplMeta))
          expectValid('completion-response', { ...chunk, usage: chunk.usage ?? undefined });
      }),
      { numRuns: 60 },
    );
  });

  it('embeddings', () => {
    fc.assert(
      fc.property(validEmbeddingsRequest(), (raw) => {
        const req = raw as unknown as EmbeddingsRequest;
        const body = embeddings({ ...req, dimensions: Math.min(req.dimensions ?? 16, 64) });
        expectValid('embeddings-response', body);
        expect(body.data).toHaveLength(
          Array.isArray(req.input) && typeof req.input[0] !== 'number' ? req.input.length : 1,
        );
      }),
      { numRuns: 60 },
    );
  });
});
