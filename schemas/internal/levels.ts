// One schema file holds both levels: the file itself is the spec shape (SHOULD level, and the source of the
// generated types); `x-must` on a subschema is the looser schema the official SDK needs there, and
// `x-must-required` on an object is the required list at MUST level. See ../README.md.
export type JsonSchema = { [key: string]: unknown };
export type Level = 'must' | 'full';

// annotations only: validators never see them (zod would otherwise file them in a registry or apply defaults)
const DROP = new Set(['description', 'default', 'deprecated', 'title', '$id', '$comment', 'examples', 'format']);
// keywords whose value is a map of name → subschema
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties']);

/** The validator input for one level: annotations removed and, for `must`, every `x-must` substitution applied. */
export function schemaAtLevel(schema: unknown, level: Level): unknown {
  if (Array.isArray(schema)) return schema.map((s) => schemaAtLevel(s, level));
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as JsonSchema;
  if (level === 'must' && node['x-must'] !== undefined) {
    return schemaAtLevel(node['x-must'], level);
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROP.has(key) || key.startsWith('x-')) continue;
    if (key === 'required' && level === 'must' && node['x-must-required'] !== undefined) {
      out.required = node['x-must-required'];
    } else if (SCHEMA_MAPS.has(key) && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, schemaAtLevel(sub, level)]));
    } else if (key === 'enum' || key === 'const' || key === 'required') {
      out[key] = value; // instance data, not schemas
    } else {
      out[key] = schemaAtLevel(value, level);
    }
  }
  return out;
}

/** True when the file declares any MUST-level relaxation (response-side schemas do; request schemas do not). */
export function hasMustLevel(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(hasMustLevel);
  if (schema === null || typeof schema !== 'object') return false;
  const node = schema as JsonSchema;
  if (node['x-must'] !== undefined || node['x-must-required'] !== undefined) return true;
  return Object.entries(node).some(([k, v]) => k !== 'enum' && k !== 'const' && hasMustLevel(v));
}
