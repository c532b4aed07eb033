// Zod validators built from the JSON Schema files, once per schema and level, on first use.
import { z } from 'zod';
import { SCHEMAS, type SchemaName } from '../registry.ts';
import { schemaAtLevel, type Level } from './levels.ts';

const cache = new Map<string, z.ZodType>();

export function validatorOf(name: SchemaName, level: Level): z.ZodType {
  const key = `${name}:${level}`;
  let v = cache.get(key);
  if (!v) {
    const input = schemaAtLevel(SCHEMAS[name], level) as Parameters<typeof z.fromJSONSchema>[0];
    // a private registry: the converter files leftover keywords as metadata, which must not leak into z.globalRegistry
    v = z.fromJSONSchema(input, { registry: z.registry() });
    cache.set(key, v);
  }
  return v;
}
