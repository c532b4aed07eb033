// The mock's media endpoints driven by the real openai SDK through each adapter (MSW, createMockFetch, node:http):
// image generation (b64_json and url), speech, transcription and translation with a WAV built in code, and image
// parts in chat. Every JSON body is validated at both levels; every PNG and WAV is decoded.
import OpenAI, { toFile } from 'openai';
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS, internalErrors, startTarget, stopMsw, type Target } from './internal/mock-targets.ts';
import { expectSchema } from './internal/mock-schema-assert.ts';
import { picture } from '../../mock/core/images/picture.ts';
import { readPng, readWavInfo } from '../../suites/checks/internal/media.ts';
import { NOT_MEDIA, PROBE_IMAGE, probeImageDataUrl, probeWav } from '../../suites/checks/internal/test-media.ts';

const targets: Target[] = [];
afterAll(async () => {
  await Promise.all(targets.map((t) => t.close()));
  stopMsw();
  expect(internalErrors).toEqual([]);
});

async function setup(adapter: (typeof ADAPTERS)[number]) {
  const t = await startTarget(adapter);
  targets.push(t);
  // a fetch with a Response property: else openai-node probes FormData support by fetching 'data:,' through it
  const fetch = Object.assign((...a: Parameters<typeof t.fetch>) => t.fetch(...a), { Response });
  return { t, client: new OpenAI({ apiKey: 'sk-test-key', baseURL: t.baseURL, maxRetries: 0, fetch }) };
}

const wavFile = () => toFile(probeWav(), 'probe.wav', { type: 'audio/wav' });

describe.each(ADAPTERS)('media endpoints through the openai SDK (%s)', (adapter) => {
  it('images.generate: GPT image models answer b64_json PNGs of the size asked; one billed unit', async () => {
    const { t, client } = await setup(adapter);
    const { data, response } = await client.images
      .generate({ model: 'gpt-image-1', prompt: 'a red fox', size: '1024x1536', n: 2 })
      .withResponse();
    expectSchema('images-response', data);
    expect(data.data).toHaveLength(2);
    expect(readPng(Buffer.from(data.data![0].b64_json!, 'base64'))).toEqual({ ok: true, width: 1024, height: 1536 });
    expect(response.headers.get('x-conform-metered-units')).toBe('1');
    expect(t.mock.ledger.entries()).toHaveLength(1);
  });

  it('images.generate: dall-e answers a URL the mock serves without a key', async () => {
    const { t, client } = await setup(adapter);
    const res = await client.images.generate({ model: 'dall-e-2', prompt: 'a lighthouse', size: '256x256' });
    expectSchema('images-response', res);
    const image = await t.fetch(res.data![0].url!);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(readPng(new Uint8Array(await image.arrayBuffer()))).toEqual({ ok: true, width: 256, height: 256 });
  });

  it('images.generate: a size the model does not take is the API 400', async () => {
    const { client } = await setup(adapter);
    const err = await client.images.generate({ model: 'dall-e-3', prompt: 'x', size: '256x256' }).catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(err.code).toBe('invalid_size');
  });

  it('images.edit: PNGs drawn from the prompt and the uploads; dall-e-2 takes one square PNG; usage counts the images', async () => {
    const { t, client } = await setup(adapter);
    const square = picture(1, 64, 64);
    const gpt = await client.images.edit({
      model: 'gpt-image-1',
      image: [await toFile(square, 'a.png', { type: 'image/png' }), await toFile(picture(2, 64, 32), 'b.png')],
      prompt: 'add a hat',
      size: '1536x1024',
    });
    expectSchema('images-response', gpt);
    expect(readPng(Buffer.from(gpt.data![0].b64_json!, 'base64'))).toEqual({ ok: true, width: 1536, height: 1024 });
    expect(gpt.usage!.input_tokens_details!.image_tokens).toBe(2 * 255); // 64 px: one 512-px tile + 85 each
    const again = await client.images.edit({
      model: 'gpt-image-1',
      image: await toFile(square, 'a.png'),
      prompt: 'add a hat',
    });
    const other = await client.images.edit({
      model: 'gpt-image-1',
      image: await toFile(picture(3, 64, 64), 'c.png'),
      prompt: 'add a hat',
    });
    expect(again.data![0].b64_json).not.toBe(other.data![0].b64_json); // other images, other pictures
    const dalle = await client.images.edit({
      model: 'dall-e-2',
      image: await toFile(square, 'a.png'),
      mask: await toFile(picture(4, 64, 64), 'mask.png'),
      prompt: 'add a hat',
      size: '256x256',
    });
    expect(readPng(new Uint8Array(await (await t.fetch(dalle.data![0].url!)).arrayBuffer()))).toMatchObject({
      width: 256,
    });
    const wide = await client.images
      .edit({ model: 'dall-e-2', image: await toFile(picture(2, 64, 32), 'b.png'), prompt: 'x' })
      .catch((e) => e);
    expect(wide).toBeInstanceOf(OpenAI.BadRequestError);
    expect([wide.param, wide.code]).toEqual(['image', 'invalid_image_dimensions']);
    const noImage = await client.images.edit({ model: 'gpt-image-1', image: [], prompt: 'x' } as never).catch((e) => e);
    expect([noImage.status, noImage.param]).toEqual([400, 'image']);
    expect(t.mock.ledger.entries()).toHaveLength(4); // the four answered; refusals are not billed
  });

  it('images streamed (stream: true, partial_images): partial images drawn further down each time, then the completed image; edits too', async () => {
    const { t, client } = await setup(adapter);
    const stream = await client.images.generate({
      model: 'gpt-image-1',
      prompt: 'a red fox',
      size: '1024x1024',
      stream: true,
      partial_images: 2,
    });
    const events: Array<Record<string, any>> = [];
    for await (const event of stream) events.push(event as Record<string, any>);
    expect(events.map((e) => [e.type, e.partial_image_index])).toEqual([
      ['image_generation.partial_image', 0],
      ['image_generation.partial_image', 1],
      ['image_generation.completed', undefined],
    ]);
    for (const e of events) {
      expectSchema('image-stream-event', e);
      expect(readPng(Buffer.from(e.b64_json, 'base64'))).toEqual({ ok: true, width: 1024, height: 1024 });
    }
    // the same request unstreamed: the completed image is its image
    const whole = await client.images.generate({ model: 'gpt-image-1', prompt: 'a red fox', size: '1024x1024' });
    expect(events[2]!.b64_json).toBe(whole.data![0].b64_json);
    expect(events[0]!.b64_json).not.toBe(events[1]!.b64_json);
    expect(events[2]!.usage).toEqual(whole.usage);

    const edits = await client.images.edit({
      model: 'gpt-image-1',
      image: await toFile(picture(1, 64, 64), 'a.png'),
      prompt: 'add a hat',
      stream: true,
      partial_images: 1,
    });
    const editEvents: string[] = [];
    for await (const event of edits) editEvents.push(event.type);
    expect(editEvents).toEqual(['image_edit.partial_image', 'image_edit.completed']);
    expect(t.mock.ledger.entries()).toHaveLength(3); // a stream is one billed request
  });

  it('audio.speech.create: a WAV whose length follows the input; mp3 by default; an unknown voice is a 400', async () => {
    const { client } = await setup(adapter);
    const wav = await client.audio.speech.create({
      model: 'tts-1',
      input: 'one two three four five',
      voice: 'alloy',
      response_format: 'wav',
    });
    expect(wav.headers.get('content-type')).toBe('audio/wav');
    expect(readWavInfo(new Uint8Array(await wav.arrayBuffer()))).toMatchObject({
      ok: true,
      duration: 2,
      sampleRate: 24000,
    });
    const mp3 = new Uint8Array(
      await (await client.audio.speech.create({ model: 'tts-1', input: 'hello', voice: 'nova' })).arrayBuffer(),
    );
    expect([mp3[0], mp3[1] & 0xe0]).toEqual([0xff, 0xe0]);
    const err = await client.audio.speech
      .create({ model: 'tts-1', input: 'x', voice: 'bob' as 'alloy' })
      .catch((e) => e);
    expect(err).toMatchObject({ status: 400, param: 'voice' });
  });

  it('audio.transcriptions.create: answers from the WAV (duration from its header), in every format', async () => {
    const { client } = await setup(adapter);
    const json = await client.audio.transcriptions.create({ file: await wavFile(), model: 'whisper-1' });
    expectSchema('transcription-response', json);
    const verbose = await client.audio.transcriptions.create({
      file: await wavFile(),
      model: 'whisper-1',
      response_format: 'verbose_json',
      timestamp_granularities: ['word', 'segment'],
    });
    expectSchema('transcription-verbose-response', verbose);
    expect(verbose.duration).toBe(3);
    expect(verbose.segments?.at(-1)?.end).toBe(3);
    expect(verbose.words?.length).toBeGreaterThan(0);
    const srt = await client.audio.transcriptions.create({
      file: await wavFile(),
      model: 'whisper-1',
      response_format: 'srt',
    });
    expect(srt).toMatch(/^1\n00:00:00,000 --> 00:00:03,000\n/);
    const bad = await client.audio.transcriptions
      .create({ file: await toFile(NOT_MEDIA, 'probe.wav'), model: 'whisper-1' })
      .catch((e) => e);
    expect(bad).toMatchObject({ status: 400, param: 'file' });
  });

  it('audio.transcriptions.create with stream: text deltas, then the whole text with usage; whisper-1 answers whole', async () => {
    const { client } = await setup(adapter);
    const whole = await client.audio.transcriptions.create({ file: await wavFile(), model: 'gpt-4o-transcribe' });
    const stream = await client.audio.transcriptions.create({
      file: await wavFile(),
      model: 'gpt-4o-transcribe',
      stream: true,
    });
    const events: Array<Record<string, any>> = [];
    for await (const event of stream) events.push(event as Record<string, any>);
    for (const e of events) expectSchema('transcript-stream-event', e);
    const done = events.at(-1)!;
    expect(done.type).toBe('transcript.text.done');
    expect(done.text).toBe(whole.text);
    expect(done.usage).toEqual((whole as { usage?: unknown }).usage);
    const deltas = events.slice(0, -1);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.every((e) => e.type === 'transcript.text.delta')).toBe(true);
    expect(deltas.map((e) => e.delta).join('')).toBe(whole.text);
    // whisper-1 ignores stream (reference A9): one JSON answer
    const ignored = await client.audio.transcriptions.create({
      file: await wavFile(),
      model: 'whisper-1',
      stream: true,
    });
    const seen: unknown[] = [];
    for await (const event of ignored as AsyncIterable<unknown>) seen.push(event);
    expect(seen).toEqual([]);
  });

  it('audio.translations.create: whisper-1, English', async () => {
    const { client } = await setup(adapter);
    const res = await client.audio.translations.create({
      file: await wavFile(),
      model: 'whisper-1',
      response_format: 'verbose_json',
    });
    expectSchema('transcription-verbose-response', res);
    expect((res as unknown as { language: string }).language).toBe('english');
  });

  it('chat with an image part: the answer names format and size, usage counts the image; a model that cannot see is a 400', async () => {
    const { client } = await setup(adapter);
    const message = (model: string) =>
      client.chat.completions.create({
        model,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Describe it.' },
              { type: 'image_url', image_url: { url: probeImageDataUrl(), detail: 'low' } },
            ],
          },
        ],
      });
    const seen = await message('gpt-4o-mini');
    expectSchema('chat-completion-response', seen);
    expect(seen.choices[0].message.content).toContain(`PNG image of ${PROBE_IMAGE.width}×${PROBE_IMAGE.height} pixels`);
    const text = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Describe it.' }],
    });
    expect(seen.usage!.prompt_tokens - text.usage!.prompt_tokens).toBe(85);
    const err = await message('gpt-3.5-turbo').catch((e) => e);
    expect(err).toMatchObject({ status: 400, param: 'messages.[0].content.[1].type' });
  });
});
