import { describe, expect, it } from 'vitest';
import { rewriteSpecifiers } from './rewrite-specifiers.ts';

describe('rewriteSpecifiers', () => {
  const dts = [
    "export { createMock } from './core/create-mock.ts';",
    "export type * from '../generated/index.ts';",
    'import type { Mock } from "./core/create-mock.ts";',
    "export declare const x: import('./core/types.ts').MockRequest;",
    "import './side-effect.ts';",
    "import type { HttpHandler } from 'msw';",
    "export declare const note = './not-a-specifier.ts';",
  ].join('\n');

  it('points relative .ts specifiers at the ESM files', () => {
    expect(rewriteSpecifiers(dts, '.js')).toBe(
      [
        "export { createMock } from './core/create-mock.js';",
        "export type * from '../generated/index.js';",
        'import type { Mock } from "./core/create-mock.js";',
        "export declare const x: import('./core/types.js').MockRequest;",
        "import './side-effect.js';",
        "import type { HttpHandler } from 'msw';",
        "export declare const note = './not-a-specifier.ts';",
      ].join('\n'),
    );
  });

  it('and at the CommonJS files', () => {
    expect(rewriteSpecifiers("export * from './a.ts';", '.cjs')).toBe("export * from './a.cjs';");
  });
});
