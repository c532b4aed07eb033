import { describe, expect, it } from 'vitest';
import { functionTools, requestParts, selectToolCalls, toolWordsOf } from './tool-select.ts';
import type { ChatRequest, ChatTool } from './types.ts';

const tool = (name: string, description?: string): ChatTool => ({ type: 'function', function: { name, description } });

describe('tool selection', () => {
  it('splits tool names on _ - . and camelCase, adds description words, drops stopwords and plurals', () => {
    const [t] = functionTools({ tools: [tool('getStockPrice_v2', 'Prices for the tickers')] });
    expect([...toolWordsOf(t)]).toEqual(['stock', 'price', 'v2', 'ticker']); // "get" is a stopword: too generic to match on
  });

  it('ignores non-function tools', () => {
    expect(
      functionTools({ tools: [{ type: 'custom', custom: { name: 'x' } }, tool('f')] }).map((t) => t.function.name),
    ).toEqual(['f']);
  });

  it('splits a message into requests on and / also / then / ;', () => {
    expect(requestParts('book a flight and a hotel; then call a taxi')).toEqual([
      'book a flight',
      'a hotel',
      'call a taxi',
    ]);
    expect(requestParts('and and')).toEqual([]);
  });

  it('picks by overlap, ties to the earliest, and caps parallel calls at 4', () => {
    const req: ChatRequest = {
      model: 'm',
      messages: [],
      tools: [tool('a_thing'), tool('stock_price'), tool('price_history')],
    };
    expect(selectToolCalls(req, 'the stock price today', false).map((c) => c.tool.function.name)).toEqual([
      'stock_price',
    ]);
    expect(selectToolCalls(req, 'price please', false).map((c) => c.tool.function.name)).toEqual(['stock_price']);
    const many = selectToolCalls(req, 'x1 and x2 and x3 and x4 and x5', false);
    expect(many).toHaveLength(4);
    expect(
      selectToolCalls({ ...req, tool_choice: { type: 'function', function: { name: 'missing' } } }, 'hi', false),
    ).toEqual([]);
  });
});
