// Which quirks a request runs with: the mock's configured ones plus those named in the x-conform-quirks header.
import { QUIRKS, type QuirkName } from '../types.ts';
import { isProfile, PROVIDER_PROFILES } from './profiles.ts';
import type { QuirkSet } from './types.ts';

export const QUIRK_HEADER = 'x-conform-quirks';

export type QuirkResolution = { ok: true; quirks: QuirkSet } | { ok: false; message: string };

const isQuirk = (name: string): name is QuirkName => Object.hasOwn(QUIRKS, name);

/** The message a user reads for names that are not quirks; `where` says where they came from. */
export function unknownQuirksMessage(unknown: readonly string[], where: string): string {
  const names = unknown.map((n) => JSON.stringify(n)).join(', ');
  const valid = Object.keys(QUIRKS).sort().join(', ');
  const profiles = Object.keys(PROVIDER_PROFILES).join(', ');
  return `[conform] Unknown quirk${unknown.length > 1 ? 's' : ''} ${names} in ${where}. Use a comma-separated list of quirks (${valid}) or provider profiles (${profiles}).`;
}

/**
 * Splits a comma-separated list (or takes an array) and checks every name; a provider profile stands for its
 * quirks. Empty items are ignored.
 */
export function parseQuirks(value: string | readonly string[] | undefined, where: string): QuirkResolution {
  const items = (typeof value === 'string' ? value.split(',') : (value ?? []))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = items.filter((name) => !isQuirk(name) && !isProfile(name));
  if (unknown.length > 0) return { ok: false, message: unknownQuirksMessage(unknown, where) };
  return {
    ok: true,
    quirks: new Set(items.flatMap((name) => (isProfile(name) ? PROVIDER_PROFILES[name].quirks : [name as QuirkName]))),
  };
}

/** The quirks of one request: the options' list plus the header's; an unknown name gives the 400 message. */
export function resolveQuirks(
  fromOptions: readonly string[] | QuirkSet | undefined,
  headerValue: string | undefined,
): QuirkResolution {
  const configured = parseQuirks(fromOptions ? [...fromOptions] : undefined, 'the mock options (quirks)');
  if (!configured.ok) return configured;
  if (headerValue === undefined || headerValue.trim() === '') return configured;
  const requested = parseQuirks(headerValue, `the ${QUIRK_HEADER} header`);
  if (!requested.ok) return requested;
  return { ok: true, quirks: new Set([...configured.quirks, ...requested.quirks]) };
}

/** For configuration: throws the same message when a name is not a quirk. */
export function assertQuirks(names: readonly string[] | undefined): QuirkSet {
  const r = parseQuirks(names, 'the mock options (quirks)');
  if (!r.ok) throw new Error(r.message);
  return r.quirks;
}
