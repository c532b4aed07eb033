// --price NAME=VALUE, repeatable: `flat=0.002` (USD per request) or `tokens=in:0.15,out:0.60[,cached:0.075]`
// (USD per 1M tokens). The name is the user's; the value's form says which pricing model it is.
import { ConfigError } from '../engine/config-error.ts';

export type Pricing =
  | { name: string; kind: 'flat'; perRequest: number }
  | { name: string; kind: 'tokens'; inputPerM: number; outputPerM: number; cachedInputPerM: number };

const EXAMPLE = 'Example: --price flat=0.002 --price tokens=in:0.15,out:0.60,cached:0.075';

export function parsePricing(raw: string): Pricing {
  const eq = raw.indexOf('=');
  const name = eq === -1 ? '' : raw.slice(0, eq).trim();
  const value = eq === -1 ? '' : raw.slice(eq + 1).trim();
  if (!/^[\w.-]+$/.test(name) || value === '') {
    throw new ConfigError(`[conform] --price must be NAME=USD or NAME=in:USD,out:USD, got "${raw}". ${EXAMPLE}`);
  }
  if (/^\d*\.?\d+(e-?\d+)?$/i.test(value)) return { name, kind: 'flat', perRequest: Number(value) };
  const parts: Record<string, number> = {};
  for (const part of value.split(',')) {
    const m = /^\s*(in|out|cached)\s*:\s*(\d*\.?\d+(?:e-?\d+)?)\s*$/i.exec(part);
    if (!m) {
      throw new ConfigError(
        `[conform] --price ${name}: "${part}" is not in:USD, out:USD or cached:USD (USD per 1M tokens). ${EXAMPLE}`,
      );
    }
    parts[m[1]!.toLowerCase()] = Number(m[2]);
  }
  if (parts.in === undefined || parts.out === undefined) {
    throw new ConfigError(
      `[conform] --price ${name}: per-token pricing needs both in: and out:, got "${value}". ${EXAMPLE}`,
    );
  }
  return {
    name,
    kind: 'tokens',
    inputPerM: parts.in,
    outputPerM: parts.out,
    cachedInputPerM: parts.cached ?? parts.in,
  };
}

export function parsePricings(raws: string[]): Pricing[] {
  const list = raws.map(parsePricing);
  const names = list.map((p) => p.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined)
    throw new ConfigError(`[conform] --price names "${twice}" twice. Give each pricing model its own name. ${EXAMPLE}`);
  return list;
}
