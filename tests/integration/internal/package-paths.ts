// Where the package tests keep what they may reuse between runs: the npm cache, packed tarballs, consumer projects.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const WORK = join(tmpdir(), 'openai-conform-tests');
export const NPM_CACHE = join(WORK, 'npm-cache');
