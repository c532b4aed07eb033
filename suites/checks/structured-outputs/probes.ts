// Structured outputs: 11 requests — the basic schema, one per grid keyword, two unhonourable schemas, one SDK parse().
import type { Probe, ProbeIO } from '../../engine/types.ts';
import { BASIC, GRID, MISSING_REQUIRED, OPEN_OBJECT } from './schemas.ts';

export const jsonSchemaFormat = (name: string, schema: Record<string, unknown>) => ({
  type: 'json_schema',
  json_schema: { name, schema, strict: true },
});

const ask = (io: ProbeIO, label: string, name: string, schema: Record<string, unknown>, prompt: string) =>
  io.wire({
    label,
    method: 'POST',
    path: '/chat/completions',
    json: {
      model: io.ctx.model,
      messages: [{ role: 'user', content: prompt }],
      response_format: jsonSchemaFormat(name, schema),
    },
  });

export const basicProbe: Probe = {
  id: 'structured-outputs.basic',
  feature: 'structured-outputs',
  title: 'A strict json_schema (object with an integer and an array)',
  cost: () => 1,
  repeatable: true,
  async run(io) {
    await ask(io, 'basic', BASIC.name, BASIC.schema, BASIC.prompt);
  },
};

export const gridProbes: Probe[] = GRID.map((cell) => ({
  id: `structured-outputs.grid-${cell.slug}`,
  feature: 'structured-outputs',
  title: `Strict json_schema using ${cell.keyword}`,
  cost: () => 1,
  repeatable: true,
  async run(io) {
    await ask(io, 'grid', cell.name, cell.schema, cell.prompt);
  },
}));

export const unhonourableProbe: Probe = {
  id: 'structured-outputs.unhonourable',
  feature: 'structured-outputs',
  title: 'Strict schemas that strict mode cannot honour: a property missing from required; an open object',
  cost: () => 2,
  async run(io) {
    await ask(io, 'missing-required', 'nickname', MISSING_REQUIRED, 'Invent a name and a nickname.');
    await ask(io, 'open-object', 'open', OPEN_OBJECT, 'Invent a name.');
  },
};

export const sdkParseProbe: Probe = {
  id: 'structured-outputs.sdk-parse',
  feature: 'structured-outputs',
  title: 'openai-node chat.completions.parse() with the basic strict schema',
  cost: () => 1,
  repeatable: true,
  async run(io) {
    await io.sdk('sdk-parse', (client) =>
      client.chat.completions.parse({
        model: io.ctx.model,
        messages: [{ role: 'user', content: BASIC.prompt }],
        response_format: jsonSchemaFormat(BASIC.name, BASIC.schema) as never,
      }),
    );
  },
};

export const probes: Probe[] = [basicProbe, ...gridProbes, unhonourableProbe, sdkParseProbe];
