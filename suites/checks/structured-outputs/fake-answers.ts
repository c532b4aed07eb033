// Valid answers for every structured-outputs probe, for the unit tests to break one at a time.
import type { TranscriptSet } from '../../engine/types.ts';
import { chatAnswer, errorBody, jsonEx, set, tr } from '../internal/fixtures.ts';

export const GOOD: Record<string, unknown> = {
  basic: { name: 'Ada Lovelace', age: 36, hobbies: ['maths', 'poetry'] },
  ref: { home: { street: '1 Rue de Rivoli', city: 'Paris' }, work: { street: '5 Avenue Anatole', city: 'Paris' } },
  'any-of': { item: { kind: 'film', title: 'Amélie', year: 2001 } },
  enum: { sentiment: 'positive' },
  const: { version: 'v2', summary: 'Rayleigh scattering favours blue light.' },
  nested: {
    teams: [
      {
        name: 'Red',
        members: [
          { name: 'Ann', role: 'lead' },
          { name: 'Bo', role: 'dev' },
        ],
      },
    ],
  },
  'additional-properties': { name: 'Paris', country: 'France' },
  required: { title: '1984', author: 'George Orwell', year: 1949, subtitle: null },
};

export function goodStructured(
  over: Record<string, { message?: Record<string, unknown>; finish?: string; status?: number }> = {},
): TranscriptSet {
  const answer = (key: string, label: string) => {
    const o = over[key] ?? {};
    return jsonEx(
      label,
      o.status
        ? errorBody('response_format json_schema is not supported', 'response_format', null)
        : chatAnswer(o.message ?? { content: JSON.stringify(GOOD[key]) }, o.finish ?? 'stop'),
      { status: o.status ?? 200 },
    );
  };
  const rejection = errorBody(
    "Invalid schema for response_format 'x': 'required' is required to be supplied and to be an array including every key in properties.",
    'response_format',
    null,
  );
  return set(
    tr('chat.basic', [jsonEx('nonstream', chatAnswer({ content: 'Hello, conformance suite!' }))]),
    tr('structured-outputs.basic', [answer('basic', 'basic')]),
    ...Object.keys(GOOD)
      .filter((k) => k !== 'basic')
      .map((k) => tr(`structured-outputs.grid-${k}`, [answer(k, 'grid')])),
    tr('structured-outputs.unhonourable', [
      jsonEx('missing-required', rejection, { status: 400 }),
      jsonEx('open-object', rejection, { status: 400 }),
    ]),
    tr(
      'structured-outputs.sdk-parse',
      [],
      [
        {
          label: 'sdk-parse',
          sdkVersion: 'openai-node 6.49.0',
          ok: true,
          value: chatAnswer({ content: JSON.stringify(GOOD.basic), parsed: GOOD.basic }),
        },
      ],
    ),
  );
}
