// Walk a schema file alongside a value: which subschema governs the value at a path. Our unions are either
// discriminated by a const property (role, type) or by JSON type, so the branch is found without validating.
import type { JsonSchema } from './levels.ts';
import type { PathSegment } from './path.ts';

export function deref(root: JsonSchema, node: JsonSchema): JsonSchema {
  let cur = node;
  for (let i = 0; i < 32 && typeof cur.$ref === 'string'; i++) {
    const name = (cur.$ref as string).replace(/^#\/\$defs\//, '');
    cur = ((root.$defs as Record<string, JsonSchema>) ?? {})[name] ?? {};
  }
  return cur;
}

export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The JSON types a (dereferenced) schema node admits, unions and enums included. */
export function typesOf(root: JsonSchema, node: JsonSchema): string[] {
  const n = deref(root, node);
  if (Array.isArray(n.anyOf)) return [...new Set((n.anyOf as JsonSchema[]).flatMap((b) => typesOf(root, b)))];
  if (n.type !== undefined) return Array.isArray(n.type) ? (n.type as string[]) : [n.type as string];
  const lits = (n.enum as unknown[] | undefined) ?? (n.const !== undefined ? [n.const] : []);
  return [...new Set(lits.map(jsonTypeOf))];
}

const fits = (types: string[], value: unknown) => {
  const t = jsonTypeOf(value);
  return types.includes(t) || (t === 'integer' && types.includes('number'));
};

/** The anyOf branch meant for `value`: the one whose const discriminator matches, else the first whose type fits. */
export function branchFor(root: JsonSchema, node: JsonSchema, value: unknown): JsonSchema {
  const n = deref(root, node);
  if (!Array.isArray(n.anyOf)) return n;
  const branches = (n.anyOf as JsonSchema[]).map((b) => deref(root, b));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const byConst = branches.find((b) => {
      const props = (b.properties ?? {}) as Record<string, JsonSchema>;
      const consts = Object.entries(props).filter(([, p]) => p.const !== undefined);
      return consts.length > 0 && consts.every(([k, p]) => v[k] === p.const);
    });
    if (byConst) return branchFor(root, byConst, value);
  }
  // arrays: the branch whose items fit the first element (string[] vs integer[] vs integer[][])
  const first = Array.isArray(value) && value.length > 0 ? value[0] : undefined;
  const byItems =
    first === undefined
      ? undefined
      : branches.find((b) => b.type === 'array' && b.items && fits(typesOf(root, b.items as JsonSchema), first));
  const byType = byItems ?? branches.find((b) => fits(typesOf(root, b), value));
  return byType ? branchFor(root, byType, value) : n;
}

/** The subschema governing the value at `path` (not narrowed to a union branch at the last step). */
export function schemaAt(root: JsonSchema, path: readonly PathSegment[], rootValue: unknown): JsonSchema | undefined {
  let node: JsonSchema = root;
  let value = rootValue;
  for (const seg of path) {
    node = branchFor(root, node, value);
    let next: JsonSchema | undefined;
    if (typeof seg === 'number') next = node.items as JsonSchema | undefined;
    else {
      const props = node.properties as Record<string, JsonSchema> | undefined;
      next =
        props?.[seg] ??
        (typeof node.additionalProperties === 'object' ? (node.additionalProperties as JsonSchema) : undefined);
    }
    if (!next) return undefined;
    node = next;
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[seg] : undefined;
  }
  return deref(root, node);
}
