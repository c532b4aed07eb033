// Quirks of the media endpoints: provider divergences of Part B of responses-and-media.md (R-numbers, cited in
// `source`; `partB` holds openai-behaviour.md's numbers, which these are not).
import type { JsonObject, QuirkDef } from './types.ts';

const hasImagePart = (body: JsonObject) =>
  Array.isArray(body.messages) &&
  body.messages.some(
    (m: JsonObject) => Array.isArray(m?.content) && m.content.some((p: JsonObject) => p?.type === 'image_url'),
  );

const isTranscript = (endpoint: string) => endpoint === 'transcriptions' || endpoint === 'translations';

/** an image part whose url is remote (http or https), as opposed to a data: URL */
const hasRemoteImage = (body: JsonObject) =>
  Array.isArray(body.messages) &&
  body.messages.some(
    (m: JsonObject) =>
      Array.isArray(m?.content) &&
      m.content.some(
        (p: JsonObject) =>
          p?.type === 'image_url' && /^https?:\/\//i.test(String(p.image_url?.url ?? p.image_url ?? '')),
      ),
  );

export const mediaQuirks = [
  {
    name: 'vision-server-error',
    description: 'an image part gets a 500 (the model cannot see), not the 400 the API answers',
    partB: [],
    source:
      'R27, R28: llama.cpp without --mmproj (ggml-org/llama.cpp#15377: 500 "image input is not supported"), vLLM with a text-only model (vllm-project/vllm#11629)',
    reject: (body, { endpoint }) =>
      endpoint === 'chat' && hasImagePart(body)
        ? {
            status: 500,
            headers: {},
            body: {
              error: {
                code: 500,
                message:
                  'image input is not supported - hint: if this is unexpected, you may need to provide the mmproj',
                type: 'server_error',
              },
            },
          }
        : undefined,
  },
  {
    name: 'remote-image-refused',
    description: 'an image part with an http(s) URL gets a 400 asking for base64 data (data: URLs are accepted)',
    partB: [],
    source:
      'R26: Ollama refuses remote image URLs ("image URLs are not currently supported, please use base64 encoded data instead"; ollama/ollama openai/openai.go at fb30760)',
    // Ollama's NewError(400, …): type invalid_request_error, param and code null
    reject: (body, { endpoint }) =>
      endpoint === 'chat' && hasRemoteImage(body)
        ? {
            status: 400,
            headers: {},
            body: {
              error: {
                message: 'image URLs are not currently supported, please use base64 encoded data instead',
                type: 'invalid_request_error',
                param: null,
                code: null,
              },
            },
          }
        : undefined,
  },
  {
    name: 'images-empty-data',
    description:
      'an image generation with response_format answers 200 with data [] and chat-style usage (prompt_tokens…), not an image or a 400',
    partB: [],
    source: 'R29: LiteLLM with gpt-image-1 plus response_format (BerriAI/litellm#10501)',
    // the parameter is dropped so that every image model gets this far (a GPT image model would answer the 400)
    request: (body, { endpoint }) => {
      if (endpoint === 'images') delete body.response_format;
      return body;
    },
    response: (body, { endpoint, req }) =>
      endpoint === 'images' && req.response_format != null
        ? { created: body.created, data: [], usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } }
        : body,
  },
  {
    name: 'images-n-required',
    description: 'an image generation without n is refused with 400 n_not_within_range (the API defaults n to 1)',
    partB: [],
    source:
      'R30: one-api refused dall-e-3 requests without n (songquanpeng/one-api#811); its range check reads a missing n as 0, so every image model is refused here',
    // one-api's ErrorWrapper(errors.New("invalid value of n"), "n_not_within_range", 400)
    reject: (body, { endpoint }) =>
      endpoint === 'images' && body.n == null
        ? {
            status: 400,
            headers: {},
            body: {
              error: { message: 'invalid value of n', type: 'one_api_error', param: '', code: 'n_not_within_range' },
            },
          }
        : undefined,
  },
  {
    name: 'transcript-formats-as-json',
    description:
      'every transcription response_format but text answers {text} JSON (srt, vtt and verbose_json included)',
    partB: [],
    source: 'R32: Ollama routes /v1/audio/transcriptions through chat (ollama/ollama middleware/openai.go at fb30760)',
    request: (body, { endpoint }) => {
      if (!isTranscript(endpoint) || body.response_format === 'text') return body;
      delete body.timestamp_granularities; // only verbose_json takes them: the answer is plain json now
      return { ...body, response_format: 'json' };
    },
  },
  {
    name: 'verbose-duration-string',
    description: 'verbose_json gives duration as a string ("3.0")',
    partB: [],
    source: 'R31: vLLM verbose_json sample in vllm-project/vllm#24209',
    response: (body, { endpoint }) =>
      isTranscript(endpoint) && typeof body.duration === 'number'
        ? { ...body, duration: body.duration.toFixed(1) }
        : body,
  },
  {
    name: 'verbose-words-null',
    description: 'verbose_json answers words: null, even when word timestamps were asked',
    partB: [],
    source: 'R34: LocalAI (mudler/LocalAI#9306)',
    // a verbose_json answer is the one with a duration
    response: (body, { endpoint }) => (isTranscript(endpoint) && 'duration' in body ? { ...body, words: null } : body),
  },
  {
    name: 'srt-json-content-type',
    description:
      'srt, vtt and text transcriptions are labelled application/json (openai-node then parses them as JSON)',
    partB: [],
    source:
      'R33: tiny-openai-whisper-api (morioka/tiny-openai-whisper-api#7); the spec declares only application/json (openai/openai-openapi#361)',
    // only the text formats of a transcription are text/plain in the mock
    headers: (headers) =>
      /^text\/plain/i.test(headers['content-type'] ?? '')
        ? { ...headers, 'content-type': 'application/json' }
        : headers,
  },
  {
    name: 'speech-wav-as-mpeg',
    description: 'speech asked as wav comes labelled audio/mpeg',
    partB: [],
    source: 'R35: Venice sent WAV bytes labelled audio/mpeg (veniceai/api-docs#386)',
    // only speech answers audio/wav in the mock
    headers: (headers) =>
      headers['content-type'] === 'audio/wav' ? { ...headers, 'content-type': 'audio/mpeg' } : headers,
  },
] as const satisfies readonly QuirkDef[];
