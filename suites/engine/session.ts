// What every probe of one run shares: the target, the credentials, the limits, the redactor and the budget.
import { VERSION } from 'openai/version';
import type { Exchange, RunContext } from './types.ts';
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
  /** consecutive requests that got no response at all; at STRIKES the target is declared dead */
  health: { strikes: number; dead?: string };
}

const STRIKES = 4;

/** records whether an exchange got any response; after STRIKES silent ones in a row, no more requests go out */
export function noteHealth(session: Session, ex: Exchange): void {
  if (ex.response) {
    session.health.strikes = 0;
    return;
  }
  if (ex.error?.kind !== 'timeout' && ex.error?.kind !== 'connection') return;
  session.health.strikes++;
  if (session.health.strikes >= STRIKES && !session.health.dead) {
    session.health.dead = `[conform] target stopped answering: ${STRIKES} requests in a row failed (last: ${ex.error.message}); the remaining requests were not sent.`;
  }
}

export function createSession(o: {
  baseUrl: string;
  apiKey: string;
  /** the key is a published constant (the bundled mock's, or none): replaced whole, its fragments are words */
  publicKey?: boolean;
  headers?: Record<string, string>;
  limits?: Partial<TransportLimits>;
  budget?: number;
}): Session {
  const headers = o.headers ?? {};
  return {
    baseUrl: o.baseUrl.replace(/\/+$/, ''),
    apiKey: o.apiKey,
    headers,
    limits: { ...DEFAULT_LIMITS, ...o.limits },
    redactor: new Redactor([o.apiKey, ...Redactor.headerSecrets(headers)], {
      publicValues: o.publicKey ? [o.apiKey] : [],
    }),
    budget: new Budget(o.budget),
    sent: { count: 0 },
    health: { strikes: 0 },
  };
}

export function sdkInfo(): RunContext['sdk'] {
  return { name: 'openai-node', version: VERSION, major: Number.parseInt(VERSION, 10) };
}
