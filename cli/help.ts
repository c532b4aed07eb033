// conform --help: what it does, every flag, and examples to copy.
import { FEATURES } from '../suites/features.ts';

export const HELP = `conform — grade an OpenAI-compatible API against the spec and the official SDK

Usage
  conform [options]                      grade a target (no --base-url: the bundled mock)
  conform regrade DIR [--out DIR]        re-grade a saved run with the current checks, no requests
  conform report RUN_DIR... --out DIR    compare several runs side by side
  conform cases FILE [options]           replay your app's cases (conform mock --record FILE writes one);
                                         --with-suite runs the standard checks too
  conform perf [options]                 latency at your concurrency, cost under your prompts (conform perf --help)
  conform mock [options]                 run the reference mock server (conform mock --help)

Target
  --base-url URL          API root, usually ending in /v1 (env OPENAI_BASE_URL)
  --api-key KEY           sent as Authorization: Bearer (env OPENAI_API_KEY); never printed or saved
  --model ID              chat model (default: the first chat-like model GET /models lists);
                          one the target neither lists nor accepts is a usage error
  --embedding-model ID    embedding model (default: the first listed id containing "embed")
  --image-model ID        image generation model (default: the first listed dall-e / gpt-image id)
  --transcribe-model ID   speech-to-text model (default: the first listed whisper / transcribe id)
  --speech-model ID       text-to-speech model (default: the first listed tts id)
  --header "K: V"         extra request header, repeatable (secret-looking values are redacted)
  --label NAME            the target's name in reports (default: its host, or "bundled mock")

What to run
  --features a,b          only these features
  --exclude a,b           all but these features
  --claims FILE           JSON {"features": [...]}: unclaimed features skip, claimed but unsupported fail
  --baseline FILE         JSON {"expectedFailures": ["check.id", {"id": "…", "reason": "…"}]}:
                          listed failures do not fail the run; a listed check that passes does
  --trials N              run model-dependent probes N times, report pass rates (default 1)
  --burst                 allow the opt-in probe that provokes a 429
  --seed N                seed for generated requests (default 42: runs are reproducible)

Limits
  --budget N              hard cap on HTTP requests, preflight included; what does not fit is skipped
  --timeout MS            deadline per request, and per silence in a stream (default 30000)
  --concurrency N         probes in flight (default 4)

Output
  --out DIR               where results.json and reports go (default ./conform-report)
  --report LIST           html,json,junit (default all; results.json is always written)
  --quiet                 only the summary
  --verbose               one line per probe
  -h, --help              this help
  -v, --version           the version

Features
${Object.entries(FEATURES)
  .map(([tag, text]) => `  ${tag.padEnd(22)}${text}`)
  .join('\n')}

Exit codes
  0  nothing failed      1  a check failed, was untestable or errored      2  usage or configuration error

Examples
  npx conform
  npx conform --base-url http://localhost:11434/v1 --model llama3.2 --features chat,streaming
  npx conform --base-url https://api.example.com/v1 --api-key "$KEY" --budget 200 --baseline known.json
  npx conform regrade conform-report
  npx conform cases cases.json --base-url https://api.example.com/v1 --model my-model --trials 3
`;
