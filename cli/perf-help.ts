// conform perf --help: what it measures, every flag, and examples to copy.
import { LATENCY_PROFILES } from '../mock/core/latency/profile.ts';

export const PERF_HELP = `conform perf — latency at your concurrency and cost under your prompt distribution

Usage
  conform perf [options]      measure a target (no --base-url: the bundled mock with the demo latency profile)

Target
  --base-url URL          API root, usually ending in /v1 (env OPENAI_BASE_URL)
  --api-key KEY           sent as Authorization: Bearer (env OPENAI_API_KEY); never printed or saved
  --model ID              chat model (default: the first chat-like model GET /models lists)
  --header "K: V"         extra request header, repeatable
  --api chat|responses    the endpoint measured, streamed: chat completions (default) or the Responses API
                          (store: false; TTFT from the first output delta, tokens from response.completed)
  --profile NAME          the bundled mock's latency profile: ${Object.keys(LATENCY_PROFILES).join(', ')} (default demo)

Load (every latency counts from the intended send time: no coordinated omission)
  --concurrency 1,4,16    closed-loop levels: requests in flight
  --rate 0.5,2,8          open-loop levels: Poisson arrivals per second (seeded)
  --requests N            requests per level (default 40; 20 against the bundled mock)
  --duration D            time per level instead (e.g. 30s): closed loop runs D, open loop sends rate × D
  --warmup N              requests before the levels, left out of every figure (default 2)
  --idle 30s,2m           cold-start probes: after each idle gap one request, then 3 back to back
  --retries N             retries of 408/409/429/5xx/no answer, after Retry-After (default 2, as the SDK);
                          every attempt is a request: it counts against --budget and flat pricing bills it

Workload
  --prompts FILE          JSONL of chat requests, or the mock's journal (GET /_conform/journal) as saved;
                          replayed in a seeded order. Default: a seeded synthetic length distribution
  --prompt-words N        synthetic: median prompt length in words (default 200)
  --output-tokens N       synthetic: median max_tokens (default 64)
  --length-spread S       synthetic: σ of the log-normal spread of both lengths (default 0.5)
  --seed N                seed of the workload order, the lengths and the arrivals (default 42)

Cost and objectives
  --price NAME=USD        flat price per request, repeatable, e.g. --price flat=0.002
  --price NAME=in:P,out:P[,cached:P]
                          per-token price in USD per 1M tokens, e.g. --price tokens=in:0.15,out:0.60
  --slo LIST              e.g. ttft-p99=800ms,e2e-p99=5s,errors=1%: exit 1 when any level breaks one
                          (METRIC-STAT with METRIC ttft, e2e, tpot, itl, queue and STAT p50, p90, p99, max, mean)
  --budget N              hard cap on HTTP requests, warm-up, probes and retries included
  --goodput LIST          e.g. ttft:800ms,tpot:50ms,e2e:5s: per level, the requests/s that met them all

Limits and output
  --timeout MS            deadline per request (default 120000)
  --max-response-bytes N  bytes read per response at most (default 16777216)
  --max-in-flight N       open loop: requests in flight at most; a send past it waits, and the wait counts
                          as latency (default 1000)
  --out DIR               where perf.json, index.html and junit.xml go (default ./conform-perf)
  --report LIST           html,junit (default both; perf.json is always written)
  --quiet                 no progress line
  -h, --help              this help

Tokens come from the server's usage (the driver sends stream_options.include_usage); without it they are
estimated as ceil(characters / 4) and counted as estimated in perf.json.

Exit codes
  0  measured, every SLO met      1  an SLO broken, or no request succeeded      2  usage or configuration error

Examples
  npx conform perf
  npx conform perf --base-url http://localhost:8000/v1 --concurrency 1,8,32 --requests 300 --slo ttft-p99=800ms
  npx conform perf --base-url https://api.example.com/v1 --rate 1,4 --duration 60s --idle 30s,5m \\
      --prompts journal.json --price flat=0.0005 --price tokens=in:0.15,out:0.60 --budget 2000
`;
