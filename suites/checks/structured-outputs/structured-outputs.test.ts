import { describe, expect, it } from 'vitest';
import type { Check, TranscriptSet } from '../../engine/types.ts';
import { chatAnswer, ctx, jsonEx } from '../internal/fixtures.ts';
import { contentString, finishStop, noRefusal, schemaValid } from './answers.ts';
import { GOOD, goodStructured } from './fake-answers.ts';
import { gridChecks } from './grid.ts';
import { checks } from './index.ts';
import { rejectsMissingRequired, rejectsOpenObject } from './rejections.ts';
import { sdkParse } from './sdk.ts';

const show = (c: Check, t: TranscriptSet) => {
  const g = c.grade(t, ctx());
  return `${g.status}: ${'message' in g ? g.message : ''}`;
};
const cell = (slug: string) => gridChecks.find((c) => c.id === `structured-outputs.keyword-${slug}`)!;
const content = (v: unknown) => ({ message: { content: JSON.stringify(v) } });

describe('structured-outputs checks', () => {
  it('pass on valid answers, one grid cell per keyword', () => {
    for (const c of checks) expect(c.grade(goodStructured(), ctx()).status, c.id).toBe('pass');
    expect(gridChecks.map((c) => c.id)).toMatchInlineSnapshot(`
      [
        "structured-outputs.keyword-ref",
        "structured-outputs.keyword-any-of",
        "structured-outputs.keyword-enum",
        "structured-outputs.keyword-const",
        "structured-outputs.keyword-nested",
        "structured-outputs.keyword-additional-properties",
        "structured-outputs.keyword-required",
      ]
    `);
  });

  it('each grid cell fails only its own keyword', () => {
    const broken: Record<string, unknown> = {
      ref: { home: { street: '1 Rue de Rivoli' }, work: { street: 'x', city: 'y' } },
      'any-of': { item: { kind: 'podcast', title: 'x' } },
      enum: { sentiment: 'very positive' },
      const: { version: 'v1', summary: 'x' },
      nested: { teams: [{ name: 'Red', members: ['Ann'] }] },
      'additional-properties': { name: 'Paris', country: 'France', population: 2100000 },
      required: { title: '1984', author: 'George Orwell', year: 1949 },
    };
    const messages = Object.fromEntries(
      Object.entries(broken).map(([slug, v]) => {
        const t = goodStructured({ [slug]: content(v) });
        const failing = gridChecks.filter((c) => c.grade(t, ctx()).status === 'fail').map((c) => c.id);
        expect(failing, slug).toEqual([`structured-outputs.keyword-${slug}`]);
        return [slug, show(cell(slug), t)];
      }),
    );
    expect(messages).toMatchInlineSnapshot(`
      {
        "additional-properties": "fail: structured-outputs.grid-additional-properties: additionalProperties: false not honoured: (root): Unrecognized key: "population"",
        "any-of": "fail: structured-outputs.grid-any-of: anyOf not honoured: item: Invalid input",
        "const": "fail: structured-outputs.grid-const: const not honoured: version: Invalid input: expected "v2"",
        "enum": "fail: structured-outputs.grid-enum: enum not honoured: sentiment: Invalid option: expected one of "positive"|"negative"|"neutral"",
        "nested": "fail: structured-outputs.grid-nested: nested arrays and objects not honoured: teams[0].members[0]: Invalid input: expected object, received string",
        "ref": "fail: structured-outputs.grid-ref: $ref / $defs not honoured: home.city: required property is missing",
        "required": "fail: structured-outputs.grid-required: required (with a nullable property) not honoured: subtitle: required property is missing",
      }
    `);
  });

  it('fail a schema-ignoring server (B33) and fenced output (B36)', () => {
    expect(show(schemaValid, goodStructured({ basic: content({ name: 'Ada', age: '36' }) }))).toMatchInlineSnapshot(
      `"fail: structured-outputs.basic (basic): the output does not match the strict schema: age: Invalid input: expected number, received string; hobbies: required property is missing"`,
    );
    expect(
      show(contentString, goodStructured({ enum: { message: { content: '```json\n{"sentiment":"positive"}\n```' } } })),
    ).toMatchInlineSnapshot(
      `"fail: structured-outputs.grid-enum (grid): the JSON is wrapped in \`\`\` fences; JSON.parse(content) fails. Send the bare JSON"`,
    );
    expect(
      show(finishStop, goodStructured({ nested: { ...content(GOOD.nested), finish: 'length' } })),
    ).toMatchInlineSnapshot(
      `"fail: structured-outputs.grid-nested (grid): finish_reason is "length", expected "stop""`,
    );
  });

  it('report refusals clearly instead of crashing on content null', () => {
    const t = goodStructured({ basic: { message: { content: null, refusal: "I'm sorry, I can't help with that." } } });
    expect(show(noRefusal, t)).toMatchInlineSnapshot(
      `"fail: structured-outputs.basic (basic): the model refused a harmless request: "I'm sorry, I can't help with that.""`,
    );
    expect(contentString.grade(t, ctx()).status).toBe('pass');
    // the refusal is allowed and graded by no-refusal: nothing left to judge fails nothing (dependency rule)
    expect(show(schemaValid, t)).toMatchInlineSnapshot(
      `"inconclusive: every structured answer was a refusal, so there is no JSON to judge (structured-outputs.no-refusal grades the refusals)"`,
    );
    const all = goodStructured(
      Object.fromEntries(Object.keys(GOOD).map((k) => [k, { message: { content: null, refusal: 'No.' } }])),
    );
    expect(show(contentString, all)).toMatchInlineSnapshot(
      `"inconclusive: every structured answer was a refusal, so there is no JSON to judge (structured-outputs.no-refusal grades the refusals)"`,
    );
    expect(show(cell('ref'), all)).toMatchInlineSnapshot(
      `"inconclusive: the model refused: "No.", so $ref / $defs was not put to the test (structured-outputs.no-refusal grades the refusal)"`,
    );
  });

  it('report unsupported when one keyword is rejected while the basic strict schema was answered', () => {
    expect(show(cell('enum'), goodStructured({ enum: { status: 400 } }))).toMatchInlineSnapshot(
      `"unsupported: enum in a strict schema is not supported: structured-outputs.grid-enum (grid) answered 400 (response_format json_schema is not supported) while its control structured-outputs.basic (basic) was accepted"`,
    );
  });

  it('one cause, one failure: json_schema refused or answered 500 is graded once, by schema-valid', () => {
    const all = Object.fromEntries(Object.keys(GOOD).map((k) => [k, { status: 400 }]));
    const refused = goodStructured(all);
    const verdicts = (t: TranscriptSet) => Object.fromEntries(checks.map((c) => [c.id, c.grade(t, ctx()).status]));
    expect(new Set(Object.values(verdicts(refused)))).toEqual(new Set(['unsupported']));
    expect(show(schemaValid, refused)).toMatchInlineSnapshot(
      `"unsupported: response_format json_schema (strict) is not supported: structured-outputs.basic (basic) answered 400 (response_format json_schema is not supported) while its control chat.basic (nonstream) was accepted"`,
    );
    expect(show(cell('ref'), refused)).toMatchInlineSnapshot(
      `"unsupported: response_format json_schema (strict) is not supported: structured-outputs.basic (basic) answered 400 (response_format json_schema is not supported) while its control chat.basic (nonstream) was accepted (see structured-outputs.schema-valid)"`,
    );
    const crashed = goodStructured(Object.fromEntries(Object.keys(GOOD).map((k) => [k, { status: 500 }])));
    const statuses = Object.values(verdicts(crashed));
    expect(statuses.filter((s) => s === 'fail')).toHaveLength(1);
    expect(show(schemaValid, crashed)).toMatchInlineSnapshot(
      `"fail: structured-outputs.basic (basic): a valid strict json_schema request was answered 500 (response_format json_schema is not supported). Answer it, or refuse it with a 400 naming response_format"`,
    );
    expect(crashed && show(rejectsOpenObject, crashed)).toMatchInlineSnapshot(
      `"untestable: structured-outputs.basic (basic) answered 500 (response_format json_schema is not supported): strict json_schema requests fail, and structured-outputs.schema-valid fails for that"`,
    );
  });

  it('rejection checks pass only beside an accepted valid twin (a fixture server 404s both)', () => {
    const t = goodStructured({ basic: { status: 404 } });
    t['chat.basic'].exchanges = [jsonEx('nonstream', { error: 'No fixture matched' }, { status: 404 })];
    expect(show(rejectsMissingRequired, t)).toMatchInlineSnapshot(
      `"untestable: structured-outputs.basic (basic) was refused with 404 (response_format json_schema is not supported), but its control chat.basic (nonstream) (the same request without response_format json_schema (strict)) was refused too, with 404: No fixture matched"`,
    );
    const twinOk = goodStructured();
    twinOk['structured-outputs.unhonourable'].exchanges = [
      jsonEx('missing-required', { error: 'No fixture matched' }, { status: 404 }),
      jsonEx('open-object', { error: 'No fixture matched' }, { status: 404 }),
    ];
    expect(show(rejectsMissingRequired, twinOk)).toMatchInlineSnapshot(
      `"untestable: structured-outputs.unhonourable (missing-required) was refused with 404 (No fixture matched), which is not about a strict schema with a property missing from "required", while its valid twin structured-outputs.basic (basic) was accepted"`,
    );
  });

  it('warn when an unhonourable strict schema is accepted or answered 500 (B30)', () => {
    const t = goodStructured();
    t['structured-outputs.unhonourable'].exchanges = [
      jsonEx('missing-required', chatAnswer({ content: '{"name":"Ann"}' })),
      jsonEx('open-object', { error: { message: 'Internal error' } }, { status: 500 }),
    ];
    expect(show(rejectsMissingRequired, t)).toMatchInlineSnapshot(
      `"fail: structured-outputs.unhonourable (missing-required): a strict schema with a property missing from "required" was accepted with 200: strict mode was silently not enforced. Reject it with 400 and name the problem."`,
    );
    expect(show(rejectsOpenObject, t)).toMatchInlineSnapshot(
      `"fail: structured-outputs.unhonourable (open-object): a strict schema with an object lacking additionalProperties: false was answered 500: a schema problem is the caller's error, a 400. Reject it with 400 and name the problem."`,
    );
  });

  it('sdk parse: fails a SyntaxError, passes a reported refusal', () => {
    const t = goodStructured();
    t['structured-outputs.sdk-parse'].sdk = [
      {
        label: 'sdk-parse',
        sdkVersion: 'openai-node 6.49.0',
        ok: false,
        error: { class: 'SyntaxError', message: "Unexpected token '`'" },
      },
    ];
    expect(show(sdkParse, t)).toMatchInlineSnapshot(
      `"fail: openai-node 6.49.0 parse() threw SyntaxError: Unexpected token '\`'"`,
    );
    t['structured-outputs.sdk-parse'].sdk = [
      {
        label: 'sdk-parse',
        sdkVersion: 'openai-node 6.49.0',
        ok: true,
        value: chatAnswer({ content: null, refusal: 'No.', parsed: null }),
      },
    ];
    expect(show(sdkParse, t)).toMatchInlineSnapshot(
      `"pass: the model refused, and the refusal was reported as such: "No.""`,
    );
  });

  it("sdk parse: a refusal of the SDK's request that the raw request did not get names the difference", () => {
    const t = goodStructured();
    const sdkEx = {
      ...jsonEx('sdk-parse', { error: { message: 'Unsupported Accept header' } }, { status: 406 }),
      via: 'sdk' as const,
    };
    sdkEx.request.headers = { accept: 'application/json' };
    t['structured-outputs.basic'].exchanges[0].request.headers = { accept: 'text/event-stream' };
    t['structured-outputs.sdk-parse'].exchanges = [sdkEx];
    t['structured-outputs.sdk-parse'].sdk = [
      {
        label: 'sdk-parse',
        sdkVersion: 'openai-node 6.49.0',
        ok: false,
        error: { class: 'APIError', status: 406, message: '406 Unsupported Accept header' },
      },
    ];
    expect(show(sdkParse, t)).toMatchInlineSnapshot(
      `"fail: openai-node 6.49.0 parse() got 406 (406 Unsupported Accept header) although the same request sent raw, structured-outputs.basic (basic), was answered: the SDK sent Accept: application/json, the raw request Accept: text/event-stream; the SDK got 406, the raw request 200"`,
    );
  });
});
