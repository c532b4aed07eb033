#!/usr/bin/env node
// The conform bin. Installed from npm it runs the compiled CLI in dist/; in a git checkout (the TypeScript sources
// sit beside this file) it runs them through tsx, so a fresh clone needs no build and never runs a stale dist/.
import { existsSync } from 'node:fs';

if (existsSync(new URL('./main.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
} else {
  await import('../dist/esm/cli/main.js');
}
