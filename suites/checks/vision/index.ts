// The vision suite: image parts in chat.
import type { Check } from '../../engine/types.ts';
import { badImage, imageInput, imageTokens, seesImage, shapeFull, shapeMust } from './image-input.ts';
import { remoteImage } from './remote-image.ts';

export { probes } from './probes.ts';

export const checks: Check[] = [imageInput, shapeMust, shapeFull, seesImage, imageTokens, badImage, remoteImage];
