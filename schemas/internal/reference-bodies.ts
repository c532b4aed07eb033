// Real OpenAI bodies quoted in the reference (shared/reference/openai-behaviour.md, A2–A6), for tests.
// Ids and counts are filled in where the reference elides them ("…").

export const chatCompletion = {
  id: 'chatcmpl-A9wLkQ4Wz2mFv7',
  object: 'chat.completion',
  created: 1726820000,
  model: 'gpt-4o-mini-2024-07-18',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'Hello! How can I help?', refusal: null },
      logprobs: null,
      finish_reason: 'stop',
    },
  ],
  usage: {
    prompt_tokens: 9,
    completion_tokens: 7,
    total_tokens: 16,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  },
  service_tier: 'default',
  system_fingerprint: null,
};

export const chatCompletionWithToolCall = {
  ...chatCompletion,
  choices: [
    {
      index: 0,
      message: {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [
          { id: 'call_abc123', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
        ],
        annotations: [],
      },
      logprobs: null,
      finish_reason: 'tool_calls',
    },
  ],
};

const chunkBase = {
  id: 'chatcmpl-A9wLkQ4Wz2mFv7',
  object: 'chat.completion.chunk',
  created: 1726820000,
  model: 'gpt-4o-mini-2024-07-18',
  service_tier: 'default',
  system_fingerprint: null,
};

export const firstChunk = {
  ...chunkBase,
  choices: [
    { index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null },
  ],
  usage: null,
  obfuscation: 'h3Xr',
};

export const toolCallFirstChunk = {
  ...chunkBase,
  choices: [
    {
      index: 0,
      delta: {
        role: 'assistant',
        content: null,
        tool_calls: [
          { index: 0, id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA', type: 'function', function: { name: 'LS', arguments: '' } },
        ],
      },
      logprobs: null,
      finish_reason: null,
    },
  ],
};

export const toolCallContinuationChunk = {
  ...chunkBase,
  choices: [
    {
      index: 0,
      delta: { tool_calls: [{ index: 0, function: { arguments: '{"path":' } }] },
      logprobs: null,
      finish_reason: null,
    },
  ],
};

export const finalChunk = {
  ...chunkBase,
  choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }],
  usage: null,
};

export const usageChunk = {
  ...chunkBase,
  choices: [],
  usage: {
    prompt_tokens: 9,
    completion_tokens: 7,
    total_tokens: 16,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
  },
  obfuscation: 'Qx',
};

export const errorBody = {
  error: {
    message: "Invalid type for 'max_tokens': expected an integer, but got a decimal number instead.",
    type: 'invalid_request_error',
    param: 'max_tokens',
    code: 'invalid_type',
  },
};

export const modelList = {
  object: 'list',
  data: [
    { id: 'gpt-4o-mini', object: 'model', created: 1721172741, owned_by: 'system' },
    { id: 'text-embedding-3-small', object: 'model', created: 1705948997, owned_by: 'system' },
  ],
};

export const model = modelList.data[0];

export const embeddingsFloat = {
  object: 'list',
  data: [{ object: 'embedding', index: 0, embedding: [0.0023064255, -0.009327292, 0.015797347] }],
  model: 'text-embedding-3-small',
  usage: { prompt_tokens: 5, total_tokens: 5 },
};

export const embeddingsBase64 = {
  ...embeddingsFloat,
  data: [{ object: 'embedding', index: 0, embedding: 'AACAPwAAAEAAAEBA' }],
};

export const completion = {
  id: 'cmpl-uqkvlQyYK7bGYrRHQ0eXlWi7',
  object: 'text_completion',
  created: 1589478378,
  model: 'gpt-3.5-turbo-instruct',
  system_fingerprint: 'fp_44709d6fcb',
  choices: [{ text: '\n\nThis is indeed a test', index: 0, logprobs: null, finish_reason: 'length' }],
  usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
};

export const completionChunk = {
  ...completion,
  choices: [{ text: 'This', index: 0, logprobs: null, finish_reason: null }],
  usage: null,
};
