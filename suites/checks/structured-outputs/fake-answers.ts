// Valid answers for every structured-outputs probe, for the unit tests to break one at a time.
import type { TranscriptSet } from '../../engine/types.ts';
import { completion, jsonExchange, transcript, transcripts } from '../internal/fake-transcripts.ts';
import { errorBody } from '../internal/fake-transcripts.ts';

export const GOOD: Record<string, unknown> = {
  basic: { name: 'Ada Lovelace', age: 36, hobbies: ['maths', 'poetry'] },
  ref: { home: { street: '1 Rue de Rivoli', city: 'Paris' }, work: { street: '5 Avenue Anatole', city: 'Paris' } },
  'any-of': { item: { kind: 'film', title: 'Amélie', year: 2001 } },
  enum: { sentiment: 'positive' },
  const: { version: 'v2', summary: 'Rayleigh scattering favours blue light.' },
  nested: { teams: [{ name: 'Red', members: [{ name: 'Ann', role: 'lead' }, { name: 'Bo', role: 'dev' }] }] },
  'additional-properties': { name: 'Paris', country: 'France' },
  required: { title: '1984', author: 'George Orwell', year: 1949, subtitle: null },
};

export function goodStructured(over: Record<string, { message?: Record<string, unknown>; finish?: string; status?: number }> = {}): TranscriptSet {
  const answer = (key: string, label: string) => {
    const o = over[key] ?? {};
    return jsonExchange(label, o.status ? errorBody('response_format json_schema is not supported', 'response_format') : completion(o.message ?? { content: JSON.stringify(GOOD[key]) }, o.finish ?? 'stop'), o.status ?? 200);
  };
  const rejection = errorBody("Invalid schema for response_format 'x': 'required' is required to be supplied and to be an array including every key in properties.", 'response_format');
  return transcripts(
    transcript('chat.basic', [jsonExchange('nonstream', completion({ content: 'Hello, conformance suite!' }))]),
    transcript('structured-outputs.basic', [answer('basic', 'basic')]),
    ...Object.keys(GOOD).filter((k) => k !== 'basic').map((k) => transcript(`structured-outputs.grid-${k}`, [answer(k, 'grid')])),
    transcript('structured-outputs.unhonourable', [jsonExchange('missing-required', rejection, 400), jsonExchange('open-object', rejection, 400)]),
    transcript('structured-outputs.sdk-parse', [], [{ label: 'sdk-parse', sdkVersion: 'openai-node 6.49.0', ok: true, value: completion({ content: JSON.stringify(GOOD.basic), parsed: GOOD.basic }) }]),
  );
}
