// Reads an SSE byte stream as it arrives without parsing every event: output-bearing chunks are found with
// the mock's own test (a non-empty content / refusal / arguments / text string), and only a usage chunk is parsed.
import { StringDecoder } from 'node:string_decoder';
import { bearsTokens } from '../../mock/core/latency/pace.ts';

export interface Usage {
  prompt: number;
  completion: number;
  cached: number;
}

export interface ScanResult {
  /** output-bearing events in this piece */
  tokenEvents: number;
  /** characters of output text in them (for the estimate when no usage comes) */
  outputChars: number;
  done: boolean;
  error: boolean;
}

const CONTENT = /"(?:content|refusal|arguments|text)":"((?:[^"\\]|\\.)*)"/g;
/** a typed event of the Responses API: its type, when the object opens with it (as OpenAI and the mock write it) */
const TYPED = /^\{\s*"type"\s*:\s*"(response\.[a-z_.]+|error)"/;
/** the typed events that carry output as they come; the .done and completed events repeat it whole */
const TOKEN_DELTAS = new Set([
  'response.output_text.delta',
  'response.refusal.delta',
  'response.function_call_arguments.delta',
]);
const DELTA = /"delta":"((?:[^"\\]|\\.)+)"/;

export class SseScanner {
  #decoder = new StringDecoder('utf8');
  #buffer = '';
  usage: Usage | undefined;

  push(chunk: Buffer): ScanResult {
    const result: ScanResult = { tokenEvents: 0, outputChars: 0, done: false, error: false };
    let text = this.#buffer + this.#decoder.write(chunk);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    let start = 0;
    for (let end = text.indexOf('\n\n'); end !== -1; end = text.indexOf('\n\n', start)) {
      this.#event(text.slice(start, end), result);
      start = end + 2;
    }
    this.#buffer = text.slice(start);
    return result;
  }

  #event(block: string, result: ScanResult): void {
    // the common event is one `data: ` line: no split needed
    if (block.startsWith('data: ') && !block.includes('\n', 6)) return this.#data(block.slice(6), result);
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('data:')) data += (data === '' ? '' : '\n') + line.slice(line[5] === ' ' ? 6 : 5);
      else if (line.startsWith('event: error')) result.error = true;
    }
    if (data !== '') this.#data(data, result);
  }

  #data(data: string, result: ScanResult): void {
    if (data === '[DONE]') {
      result.done = true;
      return;
    }
    const typed = TYPED.exec(data);
    if (typed) return this.#typed(typed[1]!, data, result);
    if (bearsTokens(data)) {
      result.tokenEvents++;
      for (const m of data.matchAll(CONTENT)) result.outputChars += m[1]!.length;
    } else if (data.startsWith('{"error"') || /^\{\s*"error"\s*:/.test(data)) result.error = true;
    if (data.includes('"usage":{')) this.usage = usageOf(data) ?? this.usage;
  }
  /** a Responses API event: output from the delta events only, usage from the terminal one */
  #typed(type: string, data: string, result: ScanResult): void {
    if (TOKEN_DELTAS.has(type)) {
      const delta = DELTA.exec(data);
      if (delta) {
        result.tokenEvents++;
        result.outputChars += delta[1]!.length;
      }
    } else if (type === 'error' || type === 'response.failed') result.error = true;
    else if (type === 'response.completed' || type === 'response.incomplete') {
      result.done = true;
      this.usage = usageOf(data) ?? this.usage;
    }
  }
}

/**
 * prompt, completion and cached tokens of a JSON body or chunk with a usage object: chat's (prompt_tokens,
 * completion_tokens) or the Responses API's (input_tokens, output_tokens; in an event, under `response`)
 */
export function usageOf(json: string): Usage | undefined {
  try {
    const v = JSON.parse(json) as { usage?: Record<string, unknown>; response?: { usage?: Record<string, unknown> } };
    const u = v.usage ?? v.response?.usage;
    if (!u) return undefined;
    const completion = u.completion_tokens ?? u.output_tokens;
    if (typeof completion !== 'number') return undefined;
    const prompt = u.prompt_tokens ?? u.input_tokens;
    const details = (u.prompt_tokens_details ?? u.input_tokens_details) as { cached_tokens?: unknown } | undefined;
    return {
      prompt: typeof prompt === 'number' ? prompt : 0,
      completion,
      cached: typeof details?.cached_tokens === 'number' ? details.cached_tokens : 0,
    };
  } catch {
    return undefined;
  }
}
