// A fault plan for one request: what goes wrong, and when. Every field is optional; absent means "no fault".

export interface FaultSpec {
  /** ms to wait before answering at all (headers included) */
  latency?: number;
  /** ms to wait, once the stream's headers are out, before its first frame (time to first token) */
  ttft?: number;
  /** answer with this error status (400–599) and its API error body instead of the real answer */
  status?: number;
  /** seconds for the retry-after header of a 429/503 `status` fault (default 1) */
  retryAfter?: number;
  /** after this many data frames, an error event `data: {"error":{…}}`, then the stream ends */
  streamErrorAfter?: number;
  /** after this many data frames, the stream ends without [DONE] */
  cutAfter?: number;
  /** after this many data frames, nothing more is sent until the client gives up, or `stallMs` passes */
  stallAfter?: number;
  /** bound of a stall in ms (default 30000); the stream then ends without [DONE] */
  stallMs?: number;
  /** after this many data frames, one frame of truncated JSON (`data: {"choices":[`); the stream goes on */
  malformedAfter?: number;
}

export type FaultResolution = { ok: true; faults: FaultSpec } | { ok: false; message: string };
