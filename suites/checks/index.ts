// Every suite's probes and checks, in report order. Each feature folder exports `probes` and `checks`.
import type { Check, Probe } from '../engine/types.ts';
import * as models from './models/index.ts';
import * as chat from './chat/index.ts';
import * as streaming from './streaming/index.ts';
import * as embeddings from './embeddings/index.ts';
import * as completions from './completions/index.ts';
import * as errors from './errors/index.ts';
import * as tools from './tools/index.ts';
import * as jsonMode from './json-mode/index.ts';
import * as structuredOutputs from './structured-outputs/index.ts';
import * as rateLimits from './rate-limits/index.ts';
import * as properties from './properties/index.ts';
import * as responses from './responses/index.ts';
import * as vision from './vision/index.ts';
import * as images from './images/index.ts';
import * as audio from './audio/index.ts';

const suites = [
  models,
  chat,
  streaming,
  embeddings,
  completions,
  errors,
  tools,
  jsonMode,
  structuredOutputs,
  rateLimits,
  properties,
  responses,
  vision,
  images,
  audio,
];

export const allProbes: Probe[] = suites.flatMap((s) => s.probes);
export const allChecks: Check[] = suites.flatMap((s) => s.checks);
