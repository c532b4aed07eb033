// The level rule, held over every check where it can be read mechanically:
//   MUST   = the official SDK or the spec's response contract breaks (a client crashes or misreads);
//   SHOULD = the spec says otherwise, but clients cope (accepting invalid input, optional headers, the full shape…).
// What cannot be read from a check's data (is this field one the SDK reads?) is reviewed by hand in SAME_RULE.
import { describe, expect, it } from 'vitest';
import type { Check } from '../engine/types.ts';
import { allChecks } from './index.ts';

/** a breaks entry names who breaks: an SDK, a kind of client, or the code that reads the value */
const CONSUMER =
  /\b(openai-(node|python|go|dotnet|java)|SDKs?|clients?|apps?|agents?|parsers?|loaders?|frameworks?|LangChain|LlamaIndex|browsers?|UIs?|JSON\.parse|accumulators?|code|databases?|indexes|classifiers?|prompting)\b/i;

/** a check whose subject is the refusal of invalid input (or of an unknown name): accepting it breaks no SDK */
const isRejection = (c: Check) =>
  /\.rejects-|\.invalid-rejected$|\.unknown-|\.invalid-key$/.test(c.id) ||
  /\b(is|are) (rejected|refused)\b/i.test(c.title);

/** the full spec shape, beyond the fields the SDK reads: strictly generated clients only */
const isFullShape = (c: Check) => /-full$/.test(c.id);

/** one rule graded in two places (two probes, two features): one level, whichever the view */
const SAME_RULE: string[][] = [
  ['errors.body-envelope', 'properties.invalid-error-shape', 'rate-limits.429-body'],
  ['errors.body-fields', 'properties.invalid-error-shape-full'],
  ['errors.param', 'properties.invalid-param'],
  ['errors.no-5xx', 'properties.invalid-no-5xx'],
  ['errors.rejects-temperature-range', 'properties.invalid-rejected', 'structured-outputs.rejects-missing-required'],
  ['errors.unknown-model', 'models.unknown-404'],
  ['chat.response-shape', 'properties.valid-response-schema', 'streaming.chunk-shape'],
  ['chat.response-shape-full', 'properties.valid-response-schema-full', 'streaming.chunk-shape-full'],
  ['chat.created-seconds', 'streaming.created-seconds', 'models.created-seconds'],
  ['chat.object', 'streaming.object'],
  ['chat.finish-reason', 'streaming.finish-reason-enum'],
  ['tools.finish-reason', 'tools.stream-finish-reason'],
  ['chat.content-type', 'models.content-type', 'embeddings.content-type', 'errors.content-type'],
];

/**
 * Checks of other features that break the rule today, each with the reason, for the lead to re-level (or give a
 * `breaks` entry). The last test fails on an entry that no longer breaks it, so the list only shrinks.
 */
const AWAITING_RELEVEL: Record<string, string> = {};

function violations(c: Check): string[] {
  const out: string[] = [];
  if (c.level === 'MUST' && !(c.breaks ?? []).some((b) => CONSUMER.test(b)))
    out.push('MUST without a breaks entry naming the SDK or a client');
  if (isRejection(c) && c.level === 'MUST')
    out.push('a refusal of invalid input is SHOULD (accepting it breaks no SDK)');
  if (isFullShape(c) && c.level === 'MUST')
    out.push('the full spec shape is SHOULD (the MUST check is the shape the SDK reads)');
  return out;
}

describe('the level rule', () => {
  const byId = new Map(allChecks.map((c) => [c.id, c]));

  it('holds for every check not awaiting a re-level', () => {
    const broken = allChecks
      .filter((c) => !(c.id in AWAITING_RELEVEL))
      .flatMap((c) => violations(c).map((v) => `${c.id} (${c.level}): ${v}`));
    expect(broken).toEqual([]);
  });

  it('gives one rule one level wherever it is graded', () => {
    expect(SAME_RULE.flat().filter((id) => !byId.has(id))).toEqual([]);
    const split = SAME_RULE.filter((group) => group.every((id) => !(id in AWAITING_RELEVEL)))
      .map((group) => group.map((id) => `${id} ${byId.get(id)?.level ?? 'missing'}`))
      .filter((group) => new Set(group.map((g) => g.split(' ')[1])).size > 1);
    expect(split).toEqual([]);
  });

  it('lists only checks that exist and still break it (the list only shrinks)', () => {
    const stale = Object.keys(AWAITING_RELEVEL).filter((id) => {
      const c = byId.get(id);
      if (!c) return true;
      const group = SAME_RULE.find((g) => g.includes(id));
      const levels = new Set(group?.map((g) => byId.get(g)?.level));
      return violations(c).length === 0 && levels.size <= 1;
    });
    expect(stale).toEqual([]);
  });

  it('reads the rule from the data: a refusal at MUST, a bare MUST and a full shape at MUST are caught', () => {
    const check = (over: Partial<Check>): Check => ({
      id: 'x.y',
      title: 't',
      feature: 'chat',
      level: 'MUST',
      source: { ref: 'r' },
      breaks: ['openai-node 6: throws'],
      probes: [],
      grade: () => ({ status: 'pass' }),
      ...over,
    });
    expect(
      [
        check({ id: 'x.rejects-z' }),
        check({ breaks: [] }),
        check({ id: 'x.shape-full' }),
        check({ level: 'SHOULD', id: 'x.rejects-z' }),
      ].map(violations),
    ).toMatchInlineSnapshot(`
      [
        [
          "a refusal of invalid input is SHOULD (accepting it breaks no SDK)",
        ],
        [
          "MUST without a breaks entry naming the SDK or a client",
        ],
        [
          "the full spec shape is SHOULD (the MUST check is the shape the SDK reads)",
        ],
        [],
      ]
    `);
  });
});
