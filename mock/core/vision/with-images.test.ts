import { describe, expect, it } from 'vitest';
import type { PlannedChoice, ReplyPlan } from '../generate/types.ts';
import { withImages } from './with-images.ts';

const choice = (over: Partial<PlannedChoice> = {}): PlannedChoice => ({
  content: 'Hello.',
  refusal: null,
  toolCalls: [],
  finishReason: 'stop',
  completionTokens: 2,
  ...over,
});
const plan = (choices: PlannedChoice[]): ReplyPlan => ({
  choices,
  promptTokens: 100,
  completionTokens: 2 * choices.length,
});
const png = { format: 'png' as const, width: 1024, height: 1024, detail: 'high' as const, tokens: 765 };

describe('withImages', () => {
  it('ends a finished text reply with what was seen, and counts the image past the recipe’s flat 85', () => {
    const out = withImages(plan([choice()]), [png], true);
    expect(out.choices[0].content).toBe('Hello. I see a PNG image of 1024×1024 pixels.');
    expect(out.promptTokens).toBe(100 + 765 - 85);
    expect(out.completionTokens).toBe(out.choices[0].completionTokens);
  });

  it('leaves cut replies, tool calls, JSON formats and scripted replies as planned (tokens still counted)', () => {
    const cut = withImages(plan([choice({ finishReason: 'length' })]), [png], true);
    expect(cut.choices[0].content).toBe('Hello.');
    expect(withImages(plan([choice()]), [png], false).choices[0].content).toBe('Hello.');
    expect(withImages(plan([choice()]), [png], false).promptTokens).toBe(780);
    expect(withImages(plan([choice()]), [], true)).toEqual(plan([choice()]));
  });
});
