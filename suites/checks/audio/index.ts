// The audio suite: speech and transcription.
import type { Check } from '../../engine/types.ts';
import { speechSdk, speechType, speechWav } from './speech.ts';
import {
  badFile,
  jsonShape,
  jsonShapeFull,
  srtFormat,
  transcribeSdk,
  verboseDuration,
  verboseShape,
  verboseShapeFull,
} from './transcription.ts';
import { verboseWords } from './words.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [
  speechWav,
  speechType,
  speechSdk,
  jsonShape,
  jsonShapeFull,
  transcribeSdk,
  verboseShape,
  verboseShapeFull,
  verboseDuration,
  verboseWords,
  srtFormat,
  badFile,
];
