// Traceability: every documented divergence of real servers (Part B of the reference behaviour). Which checks catch
// one is stated once, in each check's `divergences` field; checksOf() derives the column from there.
import { allChecks } from './checks/index.ts';

export interface Divergence {
  n: number; // Part B entry number
  title: string;
  providers: string[];
  sources: string[]; // public citations: owner/repo#issue, or a documentation URL
}

export const DIVERGENCES: Divergence[] = [
  // tool-call streaming
  { n: 1, title: 'streamed tool_calls[] without index', providers: ['Ollama'], sources: ['ollama/ollama#7881'] },
  {
    n: 2,
    title: 'tool-call deltas without index; extra_content.google.thought_signature must be echoed back',
    providers: ['Gemini compat'],
    sources: ['openai/openai-python#2806', 'THU-MAIC/OpenMAIC#1556'],
  },
  {
    n: 3,
    title: 'second parallel call reuses index 0; continuations send id ""',
    providers: ['vLLM', 'SGLang'],
    sources: ['InternLM/lmdeploy#3412'],
  },
  {
    n: 4,
    title: 'tool calls arrive whole in one chunk; tools collapse the stream into one chunk',
    providers: ['Ollama'],
    sources: ['ollama/ollama#11633', 'ollama/ollama#13581', 'ollama/ollama#9092'],
  },
  {
    n: 5,
    title: 'arguments arrive whole; continuations carry an empty name; XML-tagged tool calls',
    providers: ['LM Studio'],
    sources: [
      'lmstudio-ai/lmstudio-bug-tracker#1868',
      'lmstudio-ai/lmstudio-bug-tracker#649',
      'lmstudio-ai/lmstudio-bug-tracker#1071',
    ],
  },
  {
    n: 6,
    title: 'function.arguments is a JSON object, not a string',
    providers: ['llama.cpp'],
    sources: ['ggml-org/llama.cpp#20198'],
  },
  {
    n: 7,
    title: 'raw <tool_call> text with finish_reason "stop"; None or broken arguments; "{}" dropped',
    providers: ['vLLM (hermes parser)'],
    sources: [
      'vllm-project/vllm#31871',
      'vllm-project/vllm#9693',
      'vllm-project/vllm#10395',
      'vllm-project/vllm#28806',
    ],
  },
  // finish_reason
  {
    n: 8,
    title: 'finish_reason "stop" instead of "tool_calls"',
    providers: ['vLLM', 'Gemini compat', 'LiteLLM'],
    sources: [
      'vllm-project/vllm#9209',
      'googleapis/python-genai#2868',
      'BerriAI/litellm#12249',
      'BerriAI/litellm#12862',
      'BerriAI/litellm#21041',
    ],
  },
  {
    n: 9,
    title: 'finish_reason outside the enum ("eos", "eos_token", "end_turn", "")',
    providers: ['Together', 'TGI', 'LiteLLM+Ollama', 'Ollama', 'SGLang'],
    sources: [
      'openai/openai-dotnet#267',
      'huggingface/text-generation-inference#1724',
      'BerriAI/litellm#12481',
      'ollama/ollama#4357',
      'sgl-project/sglang#3912',
    ],
  },
  {
    n: 10,
    title: 'finish_reason "stop" on every chunk',
    providers: ['Gemini through proxies'],
    sources: ['BerriAI/litellm#2195', 'QuantumNous/new-api#378', 'su-kaka/gcli2api#403'],
  },
  {
    n: 11,
    title: 'finish_reason key omitted on intermediate chunks',
    providers: ['vLLM', 'LocalAI', 'LiteLLM proxy'],
    sources: ['vllm-project/vllm#19650', 'mudler/LocalAI#1194', 'BerriAI/liteLLM-proxy#19'],
  },
  {
    n: 12,
    title: 'stream ends with no finish_reason at all',
    providers: ['gateways'],
    sources: ['earendil-works/pi#7441'],
  },
  // chunk shape
  {
    n: 13,
    title: 'first-delta role missing or ""; role and tool_calls:[] repeated on every delta',
    providers: ['Bifrost', 'LangWatch', 'TensorZero', 'MiniMax', 'Groq via Portkey'],
    sources: [
      'maximhq/bifrost#6523',
      'langwatch/langwatch#6196',
      'tensorzero/tensorzero#1265',
      'MiniMax-AI/MiniMax-M2.5#2',
      'Portkey-AI/gateway#1338',
    ],
  },
  {
    n: 14,
    title: 'first chunk with choices [] and prompt_filter_results, id "", created 0, model ""',
    providers: ['Azure'],
    sources: ['AbanteAI/mentat#429', 'seratch/ChatGPT-in-Slack#49'],
  },
  {
    n: 15,
    title: 'created in milliseconds (or decimal, or missing)',
    providers: ['web-llm', 'mistral.rs', 'AnythingLLM', 'Vercel v0', 'freellmpool'],
    sources: [
      'mlc-ai/web-llm#829',
      'EricLBuehler/mistral.rs#1805',
      'Mintplex-Labs/anything-llm#2920',
      'zed-industries/zed#32982',
      '0xzr/freellmpool#92',
    ],
  },
  {
    n: 16,
    title: 'missing id, or id ""',
    providers: ['Gemini compat', 'TGI'],
    sources: ['kevinhermawan/swift-llm-chat-openai#18', 'huggingface/text-generation-inference#1724'],
  },
  {
    n: 17,
    title: 'choices[].message and usage.completion_tokens omitted',
    providers: ['Vertex Gemini compat'],
    sources: ['agentgateway/agentgateway#1464'],
  },
  // usage
  {
    n: 18,
    title: 'usage on every chunk, in x_groq, second-to-last, without an empty-choices chunk; stream_options rejected',
    providers: ['vLLM', 'Groq', 'xAI', 'Gemini', 'Fireworks'],
    sources: [
      'vllm-project/vllm#7262',
      'vercel/ai#1651',
      'vercel/ai#1578',
      'BerriAI/litellm#17136',
      'envoyproxy/ai-gateway#1503',
      'https://docs.fireworks.ai/tools-sdks/migrate-to-fireworks',
    ],
  },
  {
    n: 19,
    title: 'usage.prompt_tokens is 0 when the prompt was cached',
    providers: ['Ollama'],
    sources: ['https://github.com/ollama/ollama/blob/main/docs/openai.md'],
  },
  // SSE framing
  {
    n: 20,
    title: 'no data: [DONE]',
    providers: ['ik_llama.cpp', 'llama-box', 'MLC LLM', 'Nous Portal'],
    sources: [
      'ikawrakow/ik_llama.cpp#467',
      'gpustack/llama-box#2',
      'mlc-ai/mlc-llm#1300',
      'NousResearch/hermes-agent#90848',
    ],
  },
  {
    n: 21,
    title: '[DONE] followed by \\r or a trailing space',
    providers: ['Mistral'],
    sources: ['mistralai/mistral-vibe#793'],
  },
  {
    n: 22,
    title: 'keep-alive comments; blank lines before JSON bodies',
    providers: ['OpenRouter', 'DeepSeek'],
    sources: [
      'https://openrouter.ai/docs/api-reference/streaming',
      'https://api-docs.deepseek.com/quick_start/rate_limit',
    ],
  },
  // errors
  {
    n: 23,
    title: 'flat error body {object:"error",…,code:400}, also mid-stream',
    providers: ['vLLM < 0.10.1'],
    sources: [
      'vllm-project/vllm#12886',
      'vllm-project/vllm#22099',
      'foundation-model-stack/fms-guardrails-orchestrator#511',
      'block/goose#8031',
    ],
  },
  {
    n: 24,
    title: 'flat error body, later code "3280" and raw_status_code',
    providers: ['Mistral'],
    sources: ['langchain-ai/langchain#24668', 'nearai/ironclaw#1241', 'zed-industries/zed#53034'],
  },
  {
    n: 25,
    title: 'errors as a JSON array; unknown fields rejected',
    providers: ['Gemini compat'],
    sources: ['FuzzAnything/PromptFuzz#42', 'cyberchitta/openai_ex#126'],
  },
  {
    n: 26,
    title: 'error is a string; streamed {"error":{"message"},"message"}',
    providers: ['LM Studio'],
    sources: ['lmstudio-ai/lmstudio-bug-tracker#189', 'zendev-sh/goai#110'],
  },
  {
    n: 27,
    title: 'numeric error.code plus metadata; errors with HTTP 200 once generation started',
    providers: ['OpenRouter'],
    sources: ['https://openrouter.ai/docs/errors'],
  },
  {
    n: 28,
    title: 'HTTP 200 then an error in the stream; integer "code":400',
    providers: ['llama.cpp'],
    sources: ['ggml-org/llama.cpp#14566', 'bakks/butterfish#53'],
  },
  {
    n: 29,
    title: 'RFC 7807 bodies {title,detail,status}',
    providers: ['Meta Llama API'],
    sources: ['langchain-ai/langchain#32689'],
  },
  {
    n: 30,
    title: '500 for invalid input or an unsupported json_schema; 200 for a context overflow',
    providers: ['vLLM', 'llama-cpp-python'],
    sources: ['vllm-project/vllm#17038', 'ggml-org/llama.cpp#23463', 'langgenius/dify-plugin-sdks#74'],
  },
  // request semantics
  {
    n: 31,
    title: 'n > 1 rejected, or ignored',
    providers: ['Groq', 'Anthropic compat', 'Ollama', 'llama-server', 'llama-cpp-python'],
    sources: [
      'https://console.groq.com/docs/openai',
      'https://docs.anthropic.com/en/api/openai-sdk',
      'codelion/optillm#8',
      'abetlen/llama-cpp-python#1906',
    ],
  },
  {
    n: 32,
    title: '400 on logprobs, logit_bias, top_logprobs, messages[].name; temperature 0 rewritten',
    providers: ['Groq'],
    sources: ['https://console.groq.com/docs/openai'],
  },
  {
    n: 33,
    title: 'temperature capped at 1; strict and response_format ignored; penalties, logprobs, seed ignored; one choice',
    providers: ['Anthropic compat'],
    sources: ['https://docs.anthropic.com/en/api/openai-sdk'],
  },
  {
    n: 34,
    title: 'sampling parameters accepted without effect; logprobs rejected',
    providers: ['DeepSeek reasoner'],
    sources: ['https://api-docs.deepseek.com/guides/reasoning_model'],
  },
  {
    n: 35,
    title: 'unsupported: tool_choice, logit_bias, user, n, embeddings encoding_format/dimensions',
    providers: ['Ollama'],
    sources: ['https://github.com/ollama/ollama/blob/main/docs/openai.md'],
  },
  {
    n: 36,
    title: 'json_object rejected, whitespace runaway, fenced output, or ignored',
    providers: ['LM Studio', 'Ollama', 'Venice', 'Anthropic compat'],
    sources: [
      'lmstudio-ai/lmstudio-bug-tracker#189',
      'ollama/ollama#2844',
      'veniceai/api-docs#264',
      'https://docs.anthropic.com/en/api/openai-sdk',
    ],
  },
  {
    n: 37,
    title: 'stop sequence included in the output, or ignored',
    providers: ['TGI', 'MAX', 'oMLX', 'vLLM'],
    sources: [
      'huggingface/text-generation-inference#1724',
      'modular/max#292',
      'jundot/omlx#1054',
      'scaleapi/llm-engine#435',
    ],
  },
  {
    n: 38,
    title: 'content null vs "" on assistant messages rejected',
    providers: ['LM Studio', 'Ollama', 'Bedrock', 'OpenAI'],
    sources: [
      'lmstudio-ai/lmstudio-bug-tracker#261',
      'SAIL-Research-Lab/cheetahclaws#72',
      'vercel/ai#13505',
      'vercel/ai#14950',
    ],
  },
  {
    n: 39,
    title: 'tool_call_id must match [a-zA-Z0-9]{9}',
    providers: ['Mistral'],
    sources: ['anomalyco/opencode#1680'],
  },
  {
    n: 40,
    title: 'encoding_format "base64" ignored: SDK decodes floats into garbage',
    providers: ['LocalAI', 'Flowise'],
    sources: ['mudler/LocalAI#9135', 'FlowiseAI/Flowise#6197'],
  },
  {
    n: 41,
    title: 'context overflow silently truncated or max_tokens silently lowered',
    providers: ['Fireworks', 'Ollama'],
    sources: [
      'https://docs.fireworks.ai/tools-sdks/migrate-to-fireworks',
      'https://github.com/ollama/ollama/blob/main/docs/openai.md',
    ],
  },
  {
    n: 42,
    title: 'rate-limit headers -1/0, no retry-after, passed through or absent',
    providers: ['Azure', 'LiteLLM', 'local servers'],
    sources: ['openai/openai-dotnet#838', 'https://docs.litellm.ai/docs/proxy/response_headers'],
  },
  {
    n: 43,
    title: '/v1/models: created is the last-modified time, owned_by "library" (allowed)',
    providers: ['Ollama'],
    sources: ['https://github.com/ollama/ollama/blob/main/docs/openai.md'],
  },
];

/** ids of the checks that catch Part B entry `n` (fail on it, or, for allowed behaviour, pass on it) */
export function checksOf(n: number): string[] {
  return allChecks.filter((c) => c.divergences?.includes(n)).map((c) => c.id);
}
