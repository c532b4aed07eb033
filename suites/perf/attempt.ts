// One HTTP attempt and what the driver keeps of it: numbers only, on the performance.now() clock (ms).
import type { Usage } from './sse-scan.ts';

export type AttemptStatus = number | 'network' | 'timeout' | 'too-large';

export interface Attempt {
  /** intended send time (open loop: the schedule; closed loop and retries: the send) */
  scheduled: number;
  sent: number;
  /** ms spent opening a new connection (TCP, and TLS for https) when this attempt opened one; part of its TTFT */
  connectMs?: number;
  headers?: number;
  /** first output-bearing chunk */
  first?: number;
  /** last output-bearing chunk */
  last?: number;
  end: number;
  status: AttemptStatus;
  retryAfterMs?: number;
  usage?: Usage;
  outputChars: number;
  tokenChunks: number;
  /** gaps between output-bearing chunks (ITL samples) */
  gaps: number[];
  /** an error event inside a 200 stream, or the answer cut after its head */
  streamError: boolean;
}

export const succeeded = (a: Attempt): boolean => a.status === 200 && !a.streamError;

/** 408, 409, 429, 5xx and no answer at all: what openai-node retries */
export const retryable = (a: Attempt): boolean =>
  typeof a.status === 'number'
    ? a.status === 408 || a.status === 409 || a.status === 429 || a.status >= 500
    : a.status !== 'too-large';
