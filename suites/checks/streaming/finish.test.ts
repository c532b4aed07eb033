import { describe, expect, it } from 'vitest';
import { chatChunks, ctx } from '../internal/fixtures.ts';
import { finishReasonEnum, finishReasonKey, finishReasonOnce } from './finish.ts';
import { streamSet, TEXT, withStream } from './test-set.ts';

const c = ctx();
const good = () => chatChunks(TEXT);

describe('streaming finish_reason checks', () => {
  it('pass on a spec-shaped stream', () => {
    for (const check of [finishReasonKey, finishReasonEnum, finishReasonOnce])
      expect(check.grade(streamSet(), c).status, check.id).toBe('pass');
  });

  it('key: intermediate chunks without the key fail (B11)', () => {
    const cs = good();
    for (const x of cs.slice(0, -1)) delete x.choices[0].finish_reason;
    expect(finishReasonKey.grade(withStream(cs), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              0,
              1,
              2,
              3,
              4,
            ],
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": undefined,
        },
        "message": "frame 0: every choice must carry the finish_reason key (null until the end); 5 choice deltas lack it in streaming.basic "stream"",
        "status": "fail",
      }
    `);
  });

  it('enum: "eos" and "" fail (B9); once: "" on intermediates is not counted twice', () => {
    expect(finishReasonEnum.grade(withStream(chatChunks(TEXT, { finish: 'eos' })), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              5,
            ],
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": "eos",
        },
        "message": "frame 5: finish_reason must be null or one of stop, length, tool_calls, content_filter, function_call, got "eos" in streaming.basic "stream"",
        "status": "fail",
      }
    `);
    const empty = good();
    for (const x of empty.slice(0, -1)) x.choices[0].finish_reason = '';
    expect(finishReasonEnum.grade(withStream(empty), c).status).toBe('fail');
    expect(finishReasonOnce.grade(withStream(empty), c).status).toBe('pass');
  });

  it('once: "stop" on every chunk fails (B10)', () => {
    const cs = good();
    for (const x of cs) x.choices[0].finish_reason = 'stop';
    expect(finishReasonOnce.grade(withStream(cs), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              0,
              1,
              2,
              3,
              4,
              5,
            ],
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": undefined,
        },
        "message": "choice 0 must get one finish_reason, got 6 (frames 0, 1, 2, 3, 4, …) in streaming.basic "stream"",
        "status": "fail",
      }
    `);
  });

  it('once: no finish_reason at all fails (B12)', () => {
    const cs = good();
    cs.at(-1)!.choices[0].finish_reason = null;
    expect(finishReasonOnce.grade(withStream(cs), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": null,
        },
        "message": "choice 0 must end with a finish_reason, but none of its chunks has one in streaming.basic "stream"",
        "status": "fail",
      }
    `);
  });

  it('once: a finish_reason followed by more content for the same choice fails', () => {
    const cs = good();
    cs[1].choices[0].finish_reason = 'stop';
    cs.at(-1)!.choices[0].finish_reason = null;
    expect(finishReasonOnce.grade(withStream(cs), c).status).toBe('fail');
  });
});
