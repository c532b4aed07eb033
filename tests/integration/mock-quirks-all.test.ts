// Every quirk and profile through the real pipeline, on every kind of request: the mock must never crash on a
// combination (no internal errors, no unexpected 5xx), and each quirk must change the wire bytes of at least one
// request, or it reproduces nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../mock/server/index.ts';
import { PROVIDER_PROFILES, QUIRK_NAMES } from '../../mock/core/quirks/index.ts';
import { probeImageDataUrl, probeWav } from '../../suites/checks/internal/test-media.ts';

const internal: unknown[] = [];
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ onInternalError: (e) => internal.push(e) });
});
afterAll(() => server.close());

const messages = [{ role: 'user', content: 'What is the weather in Paris?' }];
const tools = [
  {
    type: 'function',
    function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
  },
];
const chat = (extra: object) =>
  ['POST', '/chat/completions', { model: 'gpt-4o-mini', messages, seed: 1, ...extra }] as const;
/** a transcription upload: multipart, the probe WAV */
const upload = (response_format: string) => {
  const form = new FormData();
  form.append('model', 'whisper-1');
  form.append('response_format', response_format);
  form.append('file', new Blob([probeWav()], { type: 'audio/wav' }), 'probe.wav');
  return form;
};
const image = [{ role: 'user', content: [{ type: 'image_url', image_url: { url: probeImageDataUrl() } }] }];
const REQUESTS = [
  chat({ n: 2, stop: ['the'] }),
  chat({ max_completion_tokens: 2 }),
  chat({ stream: true, stream_options: { include_usage: true }, stop: 'the' }),
  chat({ stream: true, tools, tool_choice: 'required', parallel_tool_calls: true }),
  chat({ tools, tool_choice: 'required' }),
  chat({ response_format: { type: 'json_object' }, stream: true }),
  chat({ response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object' } } } }),
  chat({ temperature: 5 }),
  chat({ temperature: 5, stream: true }),
  ['POST', '/completions', { model: 'gpt-3.5-turbo-instruct', prompt: 'Say hi', stream: true, stop: 'the' }],
  ['POST', '/embeddings', { model: 'text-embedding-3-small', input: 'hi', encoding_format: 'base64' }],
  ['GET', '/models', undefined],
  ['POST', '/responses', { model: 'gpt-4o-mini', input: 'What is the weather in Paris?', stream: true, store: false }],
  ['POST', '/responses', { model: 'gpt-4o-mini', input: 'hi', previous_response_id: 'resp_unknown', store: false }],
  chat({ messages: image }),
  chat({
    messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } }] }],
  }),
  ['POST', '/images/generations', { model: 'dall-e-2', prompt: 'a dot', size: '256x256', response_format: 'b64_json' }],
  ['POST', '/audio/speech', { model: 'tts-1', input: 'Hello there.', voice: 'alloy', response_format: 'wav' }],
  ['POST', '/audio/transcriptions', upload('srt')],
  ['POST', '/audio/transcriptions', upload('verbose_json')],
] as const;

async function send(quirks: string, [method, path, body]: (typeof REQUESTS)[number]) {
  const res = await fetch(server.url + path, {
    method,
    headers: {
      authorization: 'Bearer sk-test',
      ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      'x-conform-quirks': quirks,
    },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  // values that differ between any two requests; their presence still counts
  const volatile = /^(date|x-request-id|openai-processing-ms|x-ratelimit-(remaining|reset)-.*)$/;
  const headers = [...res.headers].map(([k, v]) => [k, volatile.test(k) && /^\d|^req_|GMT$/.test(v) ? 'X' : v]);
  return { status: res.status, headers, text: await res.text() };
}

// ids and clock values change between any two requests; a created in ms still shows by its length
const strip = (text: string) =>
  text
    .replace(/(chatcmpl|cmpl|req|call|resp|msg|fc)[-_][A-Za-z0-9]+/g, 'ID')
    .replace(/"(created|created_at|completed_at)":(\d+)/g, (_, k: string, t: string) => `"${k}":${t.length}`);
const same = (a: Answer, b: Answer) =>
  a.status === b.status && strip(a.text) === strip(b.text) && JSON.stringify(a.headers) === JSON.stringify(b.headers);
type Answer = Awaited<ReturnType<typeof send>>;

/** the quirks that answer 500 on purpose, and the profiles that include one */
const ANSWER_500: readonly string[] = ['server-error-on-bad-input', 'vision-server-error'];
const answers500 = (name: string) =>
  ANSWER_500.includes(name) ||
  (PROVIDER_PROFILES[name as keyof typeof PROVIDER_PROFILES]?.quirks as readonly string[] | undefined)?.some((q) =>
    ANSWER_500.includes(q),
  ) === true;

it('every quirk and profile works on every kind of request and changes at least one answer', async () => {
  const baseline = await Promise.all(REQUESTS.map((r) => send('', r)));
  const again = await Promise.all(REQUESTS.map((r) => send('', r)));
  expect(
    again.map((a, i) => same(a, baseline[i]) || i),
    'the answers without quirks are reproducible',
  ).toEqual(again.map(() => true));
  const unchanged: string[] = [];
  for (const name of [...QUIRK_NAMES, ...Object.keys(PROVIDER_PROFILES)]) {
    const answers = await Promise.all(REQUESTS.map((r) => send(name, r)));
    answers.forEach((a, i) => {
      const allowed = answers500(name) ? [500] : [];
      if (a.status >= 500)
        expect(allowed, `${name} on request ${i}: ${a.status} ${a.text.slice(0, 200)}`).toContain(a.status);
    });
    if (answers.every((a, i) => same(a, baseline[i]))) unchanged.push(name);
  }
  expect(internal).toEqual([]);
  // buffered-stream changes only when bytes arrive, not which
  expect(unchanged).toEqual(['buffered-stream']);
});
