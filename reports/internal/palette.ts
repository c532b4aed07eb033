// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies); every use also carries a text
// label and an icon, so colour is never the only signal.
import type { Status } from './results.ts';

export const PALETTE: Record<Status, { solid: string; ink: string; tint: string }> = {
  pass: { solid: '#009E73', ink: '#ffffff', tint: '#e0f3ec' }, // bluish green
  fail: { solid: '#D55E00', ink: '#ffffff', tint: '#fbe6d9' }, // vermillion
  warn: { solid: '#E69F00', ink: '#000000', tint: '#fdf1d6' }, // orange
  unsupported: { solid: '#0072B2', ink: '#ffffff', tint: '#dcebf5' }, // blue
  inconclusive: { solid: '#56B4E9', ink: '#000000', tint: '#e3f2fb' }, // sky blue
  skip: { solid: '#8c8c8c', ink: '#ffffff', tint: '#eeeeee' }, // grey
  untestable: { solid: '#CC79A7', ink: '#000000', tint: '#f6e6ef' }, // reddish purple
  error: { solid: '#000000', ink: '#ffffff', tint: '#e4e4e4' }, // black
};

/** CSS custom properties and status classes `.s-<status>` shared by the HTML pages. */
export function paletteCss(): string {
  return Object.entries(PALETTE)
    .map(([status, c]) => `.s-${status}{--solid:${c.solid};--ink:${c.ink};--tint:${c.tint}}`)
    .join('\n');
}
