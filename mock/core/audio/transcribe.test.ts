import { describe, expect, it } from 'vitest';
import { readMultipart, boundaryOf } from '../media/multipart.ts';
import { encodeWav, tonePattern } from '../media/wav.ts';
import { formOf } from '../media/upload-form.ts';
import { transcribe } from './transcribe.ts';

async function parts(fields: Record<string, string | string[]>, file?: { name: string; bytes: Uint8Array }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) form.append(k, x);
  if (file) form.append('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
  const req = new Request('http://x/', { method: 'POST', body: form });
  const read = readMultipart(new Uint8Array(await req.arrayBuffer()), boundaryOf(req.headers.get('content-type')!)!);
  if (!read.ok) throw new Error(read.reason);
  const uploaded = formOf(read.parts);
  return { file: uploaded.files.find((f) => f.name === 'file'), fields: uploaded.fields };
}
const wav = (seconds: number) => ({ name: 'note.wav', bytes: encodeWav(tonePattern(1, seconds, 8000), 8000) });
const errorOf = (r: ReturnType<typeof transcribe>) =>
  r.ok ? undefined : { status: r.error.status, ...(r.error.json as any).error };

describe('transcribe', () => {
  it('verbose_json: the WAV header gives the duration, segments of ≤5 s cover it, words on request', async () => {
    const r = transcribe(
      await parts(
        {
          model: 'whisper-1',
          response_format: 'verbose_json',
          'timestamp_granularities[]': ['word', 'segment'],
          language: 'de',
        },
        wav(7.5),
      ),
      'transcribe',
    );
    if (!r.ok) throw new Error('refused');
    const body = r.json as any;
    expect(body).toMatchObject({
      task: 'transcribe',
      language: 'german',
      duration: 7.5,
      usage: { type: 'duration', seconds: 8 },
    });
    expect(body.segments.map((s: any) => [s.start, s.end])).toEqual([
      [0, 5],
      [5, 7.5],
    ]);
    expect(body.words).toHaveLength(19);
    expect(body.text.split(' ')).toHaveLength(19);
  });

  it('json by default, text/srt/vtt as text/plain', async () => {
    const json = transcribe(await parts({ model: 'whisper-1' }, wav(1)), 'transcribe');
    expect(json).toMatchObject({ ok: true, contentType: 'application/json' });
    const srt = transcribe(await parts({ model: 'whisper-1', response_format: 'srt' }, wav(1)), 'translate');
    expect(srt).toMatchObject({ ok: true, contentType: 'text/plain; charset=utf-8' });
    expect((srt as any).body).toMatch(/^1\n00:00:00,000 --> 00:00:01,000\n\S/);
    const vtt = transcribe(await parts({ model: 'whisper-1', response_format: 'vtt' }, wav(1)), 'transcribe');
    expect((vtt as any).body).toMatch(/^WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n/);
  });

  it('refuses what the API refuses, in its words', async () => {
    const cases = await Promise.all([
      parts({ model: 'whisper-1' }),
      parts({}, wav(1)),
      parts({ model: 'whisper-1' }, { name: 'note.txt', bytes: new Uint8Array(10) }),
      parts({ model: 'whisper-1' }, { name: 'note.wav', bytes: new TextEncoder().encode('not a wav') }),
      parts({ model: 'gpt-4o-transcribe', response_format: 'srt' }, wav(1)),
      parts({ model: 'whisper-1', 'timestamp_granularities[]': 'word' }, wav(1)),
      parts({ model: 'whisper-1' }, { name: 'big.mp3', bytes: new Uint8Array(26_214_401) }),
    ]);
    expect(cases.map((p) => errorOf(transcribe(p, 'transcribe')))).toMatchInlineSnapshot(`
      [
        {
          "code": "missing_required_parameter",
          "message": "Missing required parameter: 'file'.",
          "param": "file",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "missing_required_parameter",
          "message": "Missing required parameter: 'model'.",
          "param": "model",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_value",
          "message": "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']",
          "param": "file",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_value",
          "message": "Audio file might be corrupted or unsupported: not a WAV file (no RIFF/WAVE header).",
          "param": "file",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "unsupported_value",
          "message": "response_format 'srt' is not compatible with model 'gpt-4o-transcribe'. Use 'json' instead.",
          "param": "response_format",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": "invalid_value",
          "message": "timestamp_granularities requires response_format 'verbose_json'.",
          "param": "timestamp_granularities",
          "status": 400,
          "type": "invalid_request_error",
        },
        {
          "code": null,
          "message": "Maximum content size limit (26214400) exceeded (26214401 bytes read)",
          "param": null,
          "status": 413,
          "type": "server_error",
        },
      ]
    `);
  });
});
