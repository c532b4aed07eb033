import { describe, expect, it } from 'vitest';
import { E, STREAM_CASE } from '../errors/probes.ts';
import { chatChunks, ctx, sseEx, tr } from '../internal/fixtures.ts';
import { errorFrames } from './error-frames.ts';
import { streamSet, TEXT, withStream } from './test-set.ts';

const c = ctx();

describe('streaming.error-frames', () => {
  it('passes with no error events, and with {"error":{…}} events', () => {
    expect(errorFrames.grade(streamSet(), c)).toMatchInlineSnapshot(`
      {
        "message": "no error events in 2 streams (the bad-input stream was refused with a status)",
        "status": "pass",
      }
    `);
    const shaped = withStream([
      ...chatChunks(TEXT).slice(0, 2),
      { error: { message: 'Compute error.', type: 'server_error', param: null, code: null } },
    ]);
    expect(errorFrames.grade(shaped, c).status).toBe('pass');
  });

  it('fails on a flat error event inside a 200 stream (B23, B27, B28)', () => {
    const flat = { object: 'error', message: "Invalid 'temperature'", type: 'BadRequestError', param: null, code: 400 };
    const t = streamSet([tr(E.invalid, [sseEx(STREAM_CASE, [flat])])]);
    expect(errorFrames.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              0,
            ],
            "label": "stream-bad-input",
            "probe": "errors.invalid-request",
          },
          "seen": {
            "code": 400,
            "message": "Invalid 'temperature'",
            "object": "error",
            "param": null,
            "type": "BadRequestError",
          },
        },
        "message": "frame 0: an error inside a 200 stream must be {"error":{"message":…}}, got {"object":"error","message":"Invalid 'temperature'","type":"BadRequestError","param":null,"code":40…",
        "status": "fail",
      }
    `);
  });

  it('fails on an error whose message is not a string', () => {
    expect(errorFrames.grade(withStream([chatChunks(TEXT)[0], { error: 'Compute error.' }]), c).status).toBe('fail');
  });
});
