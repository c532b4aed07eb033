import { describe, expect, it } from 'vitest';
import { Allowance, Budget } from './budget.ts';

describe('Budget and Allowance', () => {
  it('never lets the run exceed its budget, even when probes declared more', () => {
    const budget = new Budget(3);
    const a = new Allowance('a', 2, budget);
    const b = new Allowance('b', 2, budget);
    const answers = [a.take(), a.take(), b.take(), b.take()];
    expect(answers.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(answers[3]).toMatchInlineSnapshot(`"[conform] request refused: the --budget of 3 requests is used up."`);
    expect(budget.used).toBe(3);
  });

  it('refuses a probe that sends more than its cost() declared', () => {
    const a = new Allowance('chat.basic', 1, new Budget(undefined));
    expect(a.take()).toBeUndefined();
    expect(a.take()).toMatchInlineSnapshot(
      `"[conform] probe chat.basic tried to send request 2 but its cost() declared 1. Fix cost() in the probe so the budget stays exact."`,
    );
  });
});
