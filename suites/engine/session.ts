// What every probe of one run shares: the target, the credentials, the limits, the redactor and the budget.
import { VERSION } from 'openai/version';
import type { RunContext } from './types.ts';
import { Budget } from './budget.ts';
import { Redactor } from './transport/redact.ts';
import { DEFAULT_LIMITS, type TransportLimits } from './transport/http.ts';

/** sent when a probe asks for auth: 'invalid'; never a real credential */
export const INVALID_KEY = 'sk-conform-invalid-0000000000000000';

export interface Session {
  baseUrl: string;
  apiKey: string;
  headers: Record<string, string>;
  limits: TransportLimits;
  redactor: Redactor;
  budget: Budget;
  /** requests actually sent (the budget counts grants; this counts what went out) */
  sent: { count: number };
}

export function createSession(o: { baseUrl: string; apiKey: string; headers?: Record<string, string>; limits?: Partial<TransportLimits>; budget?: number }): Session {
  const headers = o.headers ?? {};
  return {
    baseUrl: o.baseUrl.replace(/\/+$/, ''),
    apiKey: o.apiKey,
    headers,
    limits: { ...DEFAULT_LIMITS, ...o.limits },
    redactor: new Redactor([o.apiKey, ...Redactor.headerSecrets(headers)]),
    budget: new Budget(o.budget),
    sent: { count: 0 },
  };
}

export function sdkInfo(): RunContext['sdk'] {
  return { name: 'openai-node', version: VERSION, major: Number.parseInt(VERSION, 10) };
}
