// The strict schemas the structured-outputs probes send: one basic schema, then a grid with one schema per
// JSON Schema keyword so each keyword gets its own verdict. Every schema is valid for OpenAI's strict mode.
type Schema = Record<string, unknown>;

const str = { type: 'string' };
const obj = (properties: Record<string, unknown>): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

export const BASIC = {
  name: 'person',
  schema: obj({ name: str, age: { type: 'integer' }, hobbies: { type: 'array', items: str } }),
  prompt: 'Invent a fictional person: their name, age and two hobbies.',
};

export interface GridCell {
  slug: string; // probe "structured-outputs.grid-<slug>", check "structured-outputs.keyword-<slug>"
  keyword: string; // as shown in the report
  name: string;
  schema: Schema;
  prompt: string;
}

export const GRID: GridCell[] = [
  {
    slug: 'ref',
    keyword: '$ref / $defs',
    name: 'addresses',
    schema: {
      ...obj({ home: { $ref: '#/$defs/address' }, work: { $ref: '#/$defs/address' } }),
      $defs: { address: obj({ street: str, city: str }) },
    },
    prompt: 'Invent a home address and a work address for a fictional person.',
  },
  {
    slug: 'any-of',
    keyword: 'anyOf',
    name: 'recommendation',
    schema: obj({
      item: {
        anyOf: [
          obj({ kind: { type: 'string', const: 'book' }, title: str, author: str }),
          obj({ kind: { type: 'string', const: 'film' }, title: str, year: { type: 'integer' } }),
        ],
      },
    }),
    prompt: 'Recommend one book or one film.',
  },
  {
    slug: 'enum',
    keyword: 'enum',
    name: 'sentiment',
    schema: obj({ sentiment: { type: 'string', enum: ['positive', 'negative', 'neutral'] } }),
    prompt: 'Classify the sentiment of this review: "I love this phone, the battery lasts for days."',
  },
  {
    slug: 'const',
    keyword: 'const',
    name: 'versioned_summary',
    schema: obj({ version: { type: 'string', const: 'v2' }, summary: str }),
    prompt: 'Summarise in one sentence why the sky is blue.',
  },
  {
    slug: 'nested',
    keyword: 'nested arrays and objects',
    name: 'teams',
    schema: obj({
      teams: {
        type: 'array',
        items: obj({ name: str, members: { type: 'array', items: obj({ name: str, role: str }) } }),
      },
    }),
    prompt: 'Invent two small teams, each with two members and their roles.',
  },
  {
    slug: 'additional-properties',
    keyword: 'additionalProperties: false',
    name: 'city',
    schema: obj({ name: str, country: str }),
    prompt: 'Describe Paris: its name and country, plus its population, area, mayor and anything else you know.',
  },
  {
    slug: 'required',
    keyword: 'required (with a nullable property)',
    name: 'book',
    schema: obj({ title: str, author: str, year: { type: 'integer' }, subtitle: { type: ['string', 'null'] } }),
    prompt: 'Give the title, author, year and subtitle (null if it has none) of the novel 1984.',
  },
];

// schemas strict mode cannot honour: the API answers 400 instead of ignoring `strict`
export const MISSING_REQUIRED = {
  type: 'object',
  properties: { name: str, nickname: str },
  required: ['name'],
  additionalProperties: false,
};
export const OPEN_OBJECT = { type: 'object', properties: { name: str }, required: ['name'] };
