// Property tests: whatever schema a tool or a response format declares (within the supported keywords),
// the planned arguments / content parse and validate against it with a real validator.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { DEFS, schemaArbitrary } from './internal/schema-arbitrary.ts';
import { planChatReply } from './plan.ts';
import type { ChatRequest } from './types.ts';

const validator = (schema: unknown) => z.fromJSONSchema(schema as never);
const message = fc.stringMatching(/^[A-Za-z ,]{0,40}$/);

const wrap = (sub: Record<string, unknown>) => ({
  type: 'object',
  properties: { value: sub, note: { type: 'string' } },
  required: ['value'],
  $defs: DEFS,
});

describe('planned JSON against declared schemas', () => {
  it('tool arguments are valid against the tool parameters', () => {
    fc.assert(
      fc.property(schemaArbitrary, message, fc.boolean(), (sub, text, parallel) => {
        const parameters = wrap(sub);
        const req: ChatRequest = {
          model: 'm',
          messages: [{ role: 'user', content: `${text} and then more` }],
          tools: [{ type: 'function', function: { name: 'do_it', parameters } }],
          tool_choice: 'required',
          parallel_tool_calls: parallel,
        };
        const [choice] = planChatReply(req).choices;
        expect(choice.finishReason).toBe('tool_calls');
        for (const call of choice.toolCalls) {
          expect(typeof call.arguments).toBe('string');
          const parsed = validator(parameters).safeParse(JSON.parse(call.arguments));
          if (!parsed.success) throw new Error(`${call.arguments} fails ${JSON.stringify(parameters)}`);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('json_schema content is valid against the schema, with no fences or prose', () => {
    fc.assert(
      fc.property(schemaArbitrary, message, fc.integer({ min: 1, max: 3 }), (sub, text, n) => {
        const schema = wrap(sub);
        const req: ChatRequest = {
          model: 'm',
          messages: [{ role: 'user', content: text }],
          n,
          response_format: { type: 'json_schema', json_schema: { name: 'out', schema } },
        };
        for (const choice of planChatReply(req).choices) {
          const parsed = validator(schema).safeParse(JSON.parse(choice.content!));
          if (!parsed.success) throw new Error(`${choice.content} fails ${JSON.stringify(schema)}`);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('json_object content is one JSON object', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const req: ChatRequest = {
          model: 'm',
          messages: [{ role: 'user', content: text }],
          response_format: { type: 'json_object' },
        };
        const content = planChatReply(req).choices[0].content!;
        expect(content.startsWith('{')).toBe(true);
        const value = JSON.parse(content);
        expect(value !== null && typeof value === 'object' && !Array.isArray(value)).toBe(true);
      }),
    );
  });
});
