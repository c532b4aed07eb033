// Size and scope knobs shared by the request arbitraries. The same arbitraries drive the mock's property tests
// and live probes against real endpoints, so callers bound every size.

export type ContentPart = 'text' | 'image_url' | 'input_audio' | 'file';

export interface RequestArbitraryOptions {
  model?: string; // default "gpt-4o-mini" (chat), "text-embedding-3-small", "gpt-3.5-turbo-instruct"
  maxMessages?: number; // chat: messages per request, default 4 (at least 1)
  maxN?: number; // n and best_of up to this, default 2
  maxTokens?: number; // max_tokens / max_completion_tokens up to this, default 16
  maxItems?: number; // any other array or map, default 3
  maxString?: number; // free text length, default 24
  parts?: readonly ContentPart[]; // media parts (image_url, input_audio, file) user content may use, default all; text always
  omit?: readonly string[]; // top-level fields never generated, e.g. ["logit_bias", "n"] for a provider that rejects them
  stream?: boolean; // pin stream on or off; default either
}

export type ResolvedOptions = Required<Omit<RequestArbitraryOptions, 'stream' | 'model'>> & {
  model: string;
  stream?: boolean;
};

export function resolveOptions(o: RequestArbitraryOptions, defaultModel: string): ResolvedOptions {
  return {
    model: o.model ?? defaultModel,
    maxMessages: Math.max(1, o.maxMessages ?? 4),
    maxN: Math.max(1, o.maxN ?? 2),
    maxTokens: Math.max(1, o.maxTokens ?? 16),
    maxItems: Math.max(1, o.maxItems ?? 3),
    maxString: Math.max(1, o.maxString ?? 24),
    parts: o.parts ?? ['text', 'image_url', 'input_audio', 'file'],
    omit: o.omit ?? [],
    stream: o.stream,
  };
}
