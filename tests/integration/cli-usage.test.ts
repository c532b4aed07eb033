// Usage errors exit 2 before any request, with a message that says how to fix them; help and version.
import { describe, expect, it, vi } from 'vitest';
import { runCli } from './helpers/run-cli.ts';

const usage = async (...argv: string[]) => {
  const r = await runCli(argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  return r.stderr.trim();
};

describe('conform usage errors', () => {
  it('rejects a budget that is not a positive integer', async () => {
    expect(await usage('--budget', 'ten')).toMatchInlineSnapshot(
      `"[conform] --budget must be a positive integer, got "ten". Example: --budget 200"`,
    );
    expect(await usage('--budget', '0')).toMatchInlineSnapshot(
      `"[conform] --budget must be a positive integer, got "0". Example: --budget 200"`,
    );
  });

  it('rejects other malformed numbers', async () => {
    expect(await usage('--timeout', '1.5s')).toMatchInlineSnapshot(
      `"[conform] --timeout must be a positive integer, got "1.5s". Example: --timeout 30000"`,
    );
    expect(await usage('--concurrency', '-2')).toMatchInlineSnapshot(
      `"[conform] option "--concurrency" needs a value. Run conform --help for the list."`,
    );
    expect(await usage('--trials', 'many')).toMatchInlineSnapshot(
      `"[conform] --trials must be a positive integer, got "many". Example: --trials 5"`,
    );
    expect(await usage('--seed', 'x')).toMatchInlineSnapshot(
      `"[conform] --seed must be a non-negative integer, got "x". Example: --seed 42"`,
    );
  });

  it('lists the known features for an unknown one', async () => {
    expect(await usage('--features', 'chat,streem')).toMatchInlineSnapshot(
      `"[conform] --features names unknown feature "streem". Known features: models, chat, streaming, embeddings, completions, errors, tools, json-mode, structured-outputs, rate-limits, properties, responses, vision, images, audio, cases. Example: --features chat,streaming"`,
    );
    expect(await usage('--exclude', ',')).toMatchInlineSnapshot(
      `"[conform] --exclude names no feature. Known features: models, chat, streaming, embeddings, completions, errors, tools, json-mode, structured-outputs, rate-limits, properties, responses, vision, images, audio, cases. Example: --exclude chat,streaming"`,
    );
  });

  it('suggests the flag meant for an unknown option', async () => {
    expect(await usage('--featues', 'chat')).toMatchInlineSnapshot(
      `"[conform] unknown option "--featues". Did you mean --features? Run conform --help for the list."`,
    );
    expect(await usage('--zzz')).toMatchInlineSnapshot(
      `"[conform] unknown option "--zzz". Run conform --help for the list."`,
    );
  });

  it('rejects bad URLs, headers, report formats and stray arguments', async () => {
    expect(await usage('--base-url', 'localhost:8000')).toMatchInlineSnapshot(
      `"[conform] --base-url must be an http(s) URL, got "localhost:8000". Example: --base-url http://localhost:8000/v1"`,
    );
    expect(await usage('--header', 'Authorization Bearer sk-secret-value')).toMatchInlineSnapshot(
      `"[conform] --header must be "Name: value", got "Authorizatio…". Example: --header "X-Team: evals""`,
    );
    expect(await usage('--report', 'pdf')).toMatchInlineSnapshot(
      `"[conform] --report takes html, json, junit, got "pdf". Example: --report html,junit"`,
    );
    expect(await usage('grade')).toMatchInlineSnapshot(
      `"[conform] unexpected argument "grade". Commands are cases, regrade, report, perf and mock; options start with --. Run conform --help."`,
    );
    expect(await usage('--quiet', '--verbose')).toMatchInlineSnapshot(
      `"[conform] --quiet and --verbose contradict each other. Pass one of them."`,
    );
  });

  it('explains unreadable or malformed --claims and --baseline files', async () => {
    expect(await usage('--claims', '/nonexistent/claims.json')).toMatchInlineSnapshot(
      `"[conform] --claims /nonexistent/claims.json: cannot read the file (ENOENT). Pass the path of a JSON file like {"features": ["chat", "streaming"]}"`,
    );
    expect(await usage('--baseline', 'package.json')).toMatchInlineSnapshot(
      `"[conform] --baseline package.json: expected {"expectedFailures": ["streaming.done-sentinel", {"id": "errors.shape", "reason": "flat vLLM errors"}]}, got {"name":"openai-conform","version":"0.1.0","description":"Conformance test suite."`,
    );
  });

  it('rejects an --out that names a file before sending any request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      expect(await usage('--out', 'package.json')).toMatchInlineSnapshot(
        `"[conform] --out package.json: a file is in the way, not a directory (EEXIST). Pass a directory to write the reports to, e.g. --out conform-report"`,
      );
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('explains the subcommands it needs arguments for', async () => {
    expect(await usage('regrade')).toMatchInlineSnapshot(
      `"[conform] regrade takes one run directory. Example: conform regrade conform-report"`,
    );
    expect(await usage('regrade', '/nonexistent')).toMatchInlineSnapshot(
      `"[conform] regrade: cannot read /nonexistent/results.json (ENOENT). Pass a directory written by conform --out."`,
    );
    expect(await usage('report', 'a')).toMatchInlineSnapshot(
      `"[conform] report compares saved runs: conform report RUN_DIR... --out DIR. Example: conform report runs/a runs/b --out compare"`,
    );
  });
});

describe('conform --help and --version', () => {
  it('prints the version', async () => {
    const r = await runCli(['--version']);
    expect(r).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('prints the help', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "conform — grade an OpenAI-compatible API against the spec and the official SDK

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
        models                GET /models and /models/{id}
        chat                  Non-streaming chat completions
        streaming             Server-sent event streaming of chat completions
        embeddings            POST /embeddings, float and base64
        completions           Legacy POST /completions
        errors                Error statuses, bodies and SDK error classes
        tools                 Function calling, streamed and not
        json-mode             response_format json_object
        structured-outputs    response_format json_schema (strict)
        rate-limits           x-ratelimit-* headers, 429 and retries
        properties            Property-based probes over schema-derived requests
        responses             The Responses API: POST /responses (streamed and not), retrieve, delete, input items
        vision                Image parts in chat messages (base64 PNG)
        images                POST /images/generations: b64_json or url, a valid PNG of the size asked
        audio                 POST /audio/speech, /audio/transcriptions (multipart WAV upload)
        cases                 Your app's own cases (conform cases FILE)

      Exit codes
        0  nothing failed      1  a check failed, was untestable or errored      2  usage or configuration error

      Examples
        npx conform
        npx conform --base-url http://localhost:11434/v1 --model llama3.2 --features chat,streaming
        npx conform --base-url https://api.example.com/v1 --api-key "$KEY" --budget 200 --baseline known.json
        npx conform regrade conform-report
        npx conform cases cases.json --base-url https://api.example.com/v1 --model my-model --trials 3
      "
    `);
  });
});
