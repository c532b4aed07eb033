// The endpoint table's consistency: every fact a row names exists, and every row is reachable by its own route.
import { describe, expect, it } from 'vitest';
import { REQUEST_SCHEMAS, SCHEMAS } from '../../../schemas/registry.ts';
import { handleGenerate } from '../handle-generate.ts';
import { matchRoute } from '../route.ts';
import { STREAM_WRITERS } from '../sse.ts';
import { compile } from './match.ts';
import { ENDPOINTS } from './table.ts';
import type { EndpointEntry } from './types.ts';

const rows: readonly EndpointEntry[] = ENDPOINTS;

/** the row's path with each parameter filled in (`{x+}` with a slash, to show it takes the rest) */
const sample = (path: string) => path.replace(/\{[a-z_]+\+\}/gi, 'org/a%20b').replace(/\{[a-z_]+\}/gi, 'a%20b');

describe('the endpoint table', () => {
  it('has unique names and unique method + path pairs', () => {
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => `${r.method} ${r.path}`)).size).toBe(rows.length);
  });

  it('names only schemas of schemas/registry.ts, and request schemas that are request schemas', () => {
    for (const r of rows) {
      for (const name of Object.values(r.schemas)) expect(SCHEMAS, `${r.name}: ${name}`).toHaveProperty([name]);
      if (r.schemas.request) expect(REQUEST_SCHEMAS as readonly string[]).toContain(r.schemas.request);
    }
  });

  it('gives every streaming row a writer for its stream kind and an event schema', () => {
    for (const r of rows.filter((r) => r.stream !== 'none')) {
      expect(STREAM_WRITERS[r.stream as keyof typeof STREAM_WRITERS], r.name).toBeDefined();
      expect(r.schemas.event, r.name).toBeDefined();
    }
  });

  it('gives every row that handleGenerate answers a request schema, model kinds and a generator', () => {
    for (const r of rows.filter((r) => r.handle === handleGenerate)) {
      expect(r.schemas.request, r.name).toBeDefined();
      expect(r.modelKinds.length, r.name).toBeGreaterThan(0);
      expect(r.generate, r.name).toBeTypeOf('function');
    }
  });

  it('caps only parameters the request schema lets through', () => {
    for (const r of rows.filter((r) => r.capParams.length > 0)) {
      const schema = SCHEMAS[r.schemas.request!] as { properties?: object; additionalProperties?: unknown };
      for (const param of r.capParams) {
        expect(param in (schema.properties ?? {}) || schema.additionalProperties !== false, `${r.name}: ${param}`).toBe(
          true,
        );
      }
    }
  });

  it('routes each row’s own method and path to the row, parameters decoded', () => {
    for (const r of rows) {
      const route = matchRoute(r.method, sample(r.path));
      expect(route.name === 'endpoint' && route.entry, `${r.method} ${r.path}`).toBe(r);
      const { names } = compile(r.path);
      if (route.name === 'endpoint') expect(Object.keys(route.params)).toEqual(names);
    }
  });
});
