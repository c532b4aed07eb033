import { describe, expect, it } from 'vitest';
import { chatChunks, CREATED, ctx } from '../internal/fixtures.ts';
import { chunkShape, chunkShapeFull, constantFields, createdSeconds, object, roleFirst } from './chunks.ts';
import { streamSet, TEXT, withStream } from './test-set.ts';

const c = ctx();
const good = () => chatChunks(TEXT);
/** Azure's first chunk: prompt filter results, no choices, blank identity (B14) */
const azure = {
  id: '',
  object: '',
  created: 0,
  model: '',
  choices: [],
  prompt_filter_results: [{ prompt_index: 0, content_filter_results: {} }],
};

describe('streaming chunk checks', () => {
  it('pass on a spec-shaped stream', () => {
    for (const check of [chunkShape, chunkShapeFull, object, createdSeconds, constantFields, roleFirst])
      expect(check.grade(streamSet(), c).status, check.id).toBe('pass');
  });

  it('chunk-shape: a chunk without choices[].delta fails at MUST level with the frame', () => {
    const cs = good();
    delete cs[1].choices[0].delta;
    const g = chunkShape.grade(withStream(cs), c);
    expect(g.status).toBe('fail');
    expect(g.status === 'fail' && g.details?.exchange).toEqual({
      probe: 'streaming.basic',
      label: 'stream',
      frames: [1],
    });
  });

  it('an Azure prompt-filter chunk (choices []) is tolerated by the per-chunk rules, only constant-fields warns (B14)', () => {
    const t = withStream([azure, ...good()]);
    for (const check of [object, createdSeconds, roleFirst]) expect(check.grade(t, c).status, check.id).toBe('pass');
    expect(constantFields.grade(t, c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              0,
              1,
            ],
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": [
            "",
            "chatcmpl-abc123",
          ],
        },
        "message": "id should be the same on every chunk: frame 0 has "", frame 1 has "chatcmpl-abc123" in streaming.basic "stream"",
        "status": "fail",
      }
    `);
  });

  it('object: another object type fails', () => {
    const cs = good();
    cs[2].object = 'chat.completion';
    expect(object.grade(withStream(cs), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              2,
            ],
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": "chat.completion",
        },
        "message": "frame 2: object must be "chat.completion.chunk", got "chat.completion" in streaming.basic "stream"",
        "status": "fail",
      }
    `);
  });

  it('created-seconds: milliseconds fail (B15)', () => {
    const cs = good().map((x) => ({ ...x, created: CREATED * 1000 }));
    expect(createdSeconds.grade(withStream(cs), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              0,
            ],
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": 1763683200000,
        },
        "message": "frame 0: created must be in seconds, got 1763683200000 (milliseconds?) in streaming.basic "stream"",
        "status": "fail",
      }
    `);
  });

  it("created-seconds: a placeholder integer (a spec-driven mock's random created) fails as implausible, like chat.created-seconds", () => {
    const cs = good().map((x) => ({ ...x, created: 142_946_127 }));
    expect(createdSeconds.grade(withStream(cs), c).message).toMatchInlineSnapshot(
      `"frame 0: created must be a plausible Unix time in seconds (after 2015-01-01), got 142946127 (1974-07-13T11:15:27Z) in streaming.basic "stream""`,
    );
  });

  it('constant-fields: a changing model fails', () => {
    const cs = good();
    cs[3].model = 'other-model';
    expect(constantFields.grade(withStream(cs), c).status).toBe('fail');
  });

  it('role-first: a first delta without role, or role "", fails (B13)', () => {
    const cs = good();
    delete cs[0].choices[0].delta.role;
    expect(roleFirst.grade(withStream(cs), c)).toMatchInlineSnapshot(`
      {
        "details": {
          "exchange": {
            "frames": [
              0,
            ],
            "label": "stream",
            "probe": "streaming.basic",
          },
          "seen": {
            "content": "",
            "refusal": null,
          },
        },
        "message": "frame 0: the first delta of choice 0 must have role "assistant", got missing in streaming.basic "stream"",
        "status": "fail",
      }
    `);
    const empty = good();
    empty[0].choices[0].delta.role = '';
    expect(roleFirst.grade(withStream(empty), c).status).toBe('fail');
  });

  it('role-first: a role repeated on every delta is fine (Groq, B13)', () => {
    const cs = good().map((x) => ({
      ...x,
      choices: x.choices.map((ch: any) => ({ ...ch, delta: { role: 'assistant', ...ch.delta } })),
    }));
    expect(roleFirst.grade(withStream(cs), c).status).toBe('pass');
  });
});
