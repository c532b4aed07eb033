// The images suite: POST /images/generations and /images/edits.
import type { Check } from '../../engine/types.ts';
import { edit } from './edit.ts';
import { badSize, sdkGenerate, shapeFull, shapeMust, validPng } from './generation.ts';
import { b64Format, defaultN } from './options.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [shapeMust, shapeFull, sdkGenerate, validPng, badSize, defaultN, b64Format, edit];
