import { describe, expect, it } from 'vitest';
import { ctx, sdkErr, sdkOk } from '../internal/fixtures.ts';
import { conversation, transcripts } from './fake-conversation.ts';
import { L } from './probes.ts';
import { sdkOutputText, sdkParse, sdkStream } from './sdk-view.ts';

const c = conversation();
const grade = (check: typeof sdkStream, b: Parameters<typeof transcripts>[0] = {}) =>
  check.grade(transcripts(b, c), ctx());

describe('responses SDK view checks', () => {
  it('pass on the mock', () => {
    for (const check of [sdkOutputText, sdkStream, sdkParse])
      expect([check.id, grade(check).status]).toEqual([check.id, 'pass']);
  });

  it('sdk-output-text: no helper without object "response"', () => {
    const { object: _o, ...rest } = c.create;
    expect(grade(sdkOutputText, { sdk: { [L.create]: sdkOk(L.create, rest) } }).message).toMatchInlineSnapshot(
      `"output_text is missing: the SDK adds it only to bodies with object "response" (got missing)"`,
    );
  });

  it('sdk-stream: the SDK throwing on the stream fails with its message (R16)', () => {
    const threw = sdkErr(
      L.stream,
      'OpenAIError',
      undefined,
      'Unhandled response stream event: {"type":"response.done"}',
    );
    expect(grade(sdkStream, { sdk: { [L.stream]: threw } }).message).toMatchInlineSnapshot(
      `"openai-node threw OpenAIError: Unhandled response stream event: {"type":"response.done"}"`,
    );
    const inProgress = sdkOk(L.stream, { ...c.streamed, status: 'in_progress' });
    expect(grade(sdkStream, { sdk: { [L.stream]: inProgress } }).status).toBe('fail');
  });

  it('sdk-parse: output_parsed null for a completed answer fails', () => {
    expect(
      grade(sdkParse, { sdk: { [L.structured]: sdkOk(L.structured, { ...c.structured, output_parsed: null }) } })
        .message,
    ).toMatchInlineSnapshot(`"output_parsed is null for a completed structured answer"`);
  });
});
