import { describe, expect, it } from 'vitest';
import { MockConfigError, parseMockConfig } from './config.ts';
import { resolveOptions } from './options.ts';

function problems(input: unknown): string {
  try {
    parseMockConfig(input);
  } catch (e) {
    if (e instanceof MockConfigError) return e.message;
    throw e;
  }
  throw new Error('expected a MockConfigError');
}

describe('parseMockConfig', () => {
  it('accepts a full config and turns script JSON into rules', () => {
    const c = parseMockConfig({
      rpm: 60,
      tpm: 0.5e6,
      quota: 0,
      prices: { 'gpt-4o-mini': 0 },
      quirks: ['no-done'],
      latencyMs: 0,
      models: ['gpt-4o-mini', { id: 'my-embed', kind: 'embedding', dimensions: 8 }],
      script: [{ match: { lastUserMessage: { regex: 'hi', flags: 'i' } }, reply: { text: 'hello' } }],
    });
    expect(c.rpm).toBe(60);
    expect(c.quota).toBe(0);
    expect(c.script?.[0].match?.lastUserMessage).toBeInstanceOf(RegExp);
  });

  it('names an unknown key and suggests the closest one', () => {
    expect(problems({ rmp: 60 })).toMatchInlineSnapshot(
      `"[conform] mock config: unknown key "rmp" — did you mean "rpm"? Allowed: models, apiKeys, rpm, tpm, quota, prices, defaultPrice, quirks, faults, latencyMs, latencyProfile, tokenPrices, defaultTokenPrice, maxBodyBytes, maxUploadBytes, script, journalLimit, ledgerLimit, adminKey, port, host, frameIntervalMs."`,
    );
  });

  it('shows the value seen and what was expected', () => {
    expect(problems({ rpm: -5, tpm: 1.5, prices: { 'gpt-4o': 'cheap' }, port: 70000 })).toMatchInlineSnapshot(`
      "[conform] mock config: "rpm" expected a whole number of requests per minute above 0, got -5.
      [conform] mock config: "tpm" expected a whole number of tokens per minute, got 1.5.
      [conform] mock config: "prices.gpt-4o" expected a price in USD, got "cheap".
      [conform] mock config: "port" expected a port from 0 to 65535, got 70000."
    `);
  });

  it('rejects unknown quirk names with a suggestion', () => {
    expect(problems({ quirks: ['no-dne', 'zzz'] })).toMatchInlineSnapshot(`
      "[conform] mock config: unknown quirk "no-dne" at quirks[0] — did you mean "no-done"? See \`conform mock --help\` for the list.
      [conform] mock config: unknown quirk "zzz" at quirks[1]. See \`conform mock --help\` for the list."
    `);
  });

  it('takes provider profiles where quirk names go, and resolves them to their quirks', () => {
    const c = parseMockConfig({ quirks: ['groq', 'no-usage-chunk', 'no-done'] });
    expect(c.quirks).toEqual(['groq', 'no-usage-chunk', 'no-done']);
    expect(resolveOptions(c).quirks).toEqual(['n-unsupported', 'no-usage-chunk', 'no-done']);
    expect(problems({ quirks: ['grok'] })).toMatchInlineSnapshot(
      `"[conform] mock config: unknown quirk "grok" at quirks[0] — did you mean "groq"? See \`conform mock --help\` for the list."`,
    );
  });

  it('rejects a non-object config', () => {
    expect(problems([1, 2])).toMatchInlineSnapshot(
      `"[conform] mock config: expected a JSON object, got [1,2]. Write it as {"rpm": 60, …}."`,
    );
  });
});

describe('parseMockConfig: latency profiles and token prices', () => {
  it('takes a profile by name or as fields', () => {
    expect(parseMockConfig({ latencyProfile: 'demo' }).latencyProfile).toBe('demo');
    const c = parseMockConfig({
      latencyProfile: { profile: 'reference', capacity: 2 },
      tokenPrices: { m: { input: 1, output: 2 } },
    });
    expect(resolveOptions(c).latencyProfile?.capacity).toBe(2);
    expect(resolveOptions(c).tokenPrices.m).toEqual({ input: 1, output: 2 });
  });

  it('says what is wrong with a profile', () => {
    expect(problems({ latencyProfile: { ttftMs: -1, jiter: 1 } })).toMatchInlineSnapshot(`
      "[conform] mock config: "latencyProfile.ttftMs" expected milliseconds, 0 or more, got -1.
      [conform] mock config: "latencyProfile" Unrecognized key: "jiter", got {"ttftMs":-1,"jiter":1}."
    `);
    expect(problems({ latencyProfile: 'refrence' })).toMatchInlineSnapshot(
      `"[conform] mock config: "latencyProfile" expected a latency profile name (demo, reference, hosted, serverless), got "refrence" — did you mean "reference"?"`,
    );
  });
});
