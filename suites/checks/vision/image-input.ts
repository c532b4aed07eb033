// Image parts in chat (spec: ChatCompletionRequestMessageContentPartImage; reference A7): accepted, answered as a
// chat completion, seen (the answer depends on the image), counted in usage, and garbage refused with a 400.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { rejectionOf, varies } from '../internal/attribution.ts';
import { shapeGrade } from '../internal/schema.ts';
import { rejected400 } from '../internal/rejected-400.ts';
import { clip, completionOf, errorText, isObject, show, where } from '../internal/read.ts';
import { guide, spec } from '../internal/sources.ts';
import { PROBE_IMAGE } from '../internal/test-media.ts';
import { BAD_IMAGE, IMAGE, TEXT, VISION } from './probes.ts';

/** the image request against its control: a 4xx about the image part means the model cannot see */
const SEEING = varies(TEXT, 'image input', 'image_url', 'image', 'images', 'vision', 'content');
const PROBES = [VISION];

/** the image answer; a 5xx is the failure of vision.image-input and the others' missing prerequisite */
export function imageAnswer(t: TranscriptSet, failing = false) {
  const got = completionOf(t, IMAGE.probe, IMAGE.label, SEEING);
  if (got.ok || !failing) return got;
  const ex = t[VISION]?.exchanges.find((e) => e.label === IMAGE.label);
  const s = ex?.response?.status;
  if (s !== undefined && s >= 500)
    return {
      ok: false as const,
      grade: {
        status: 'fail' as const,
        message: `an image part must get a completion (or the API's 400 when the model cannot see), got ${s}: ${errorText(ex!)}`,
        details: { exchange: IMAGE, seen: s },
      },
    };
  return got;
}

export const imageInput: Check = {
  id: 'vision.image-input',
  title: 'A user message with an image_url part (base64 PNG) gets a chat completion',
  feature: 'vision',
  level: 'MUST',
  source: spec('ChatCompletionRequestMessageContentPartImage'),
  breaks: ['apps that send screenshots or photos (a 5xx is retried, then fails; llama.cpp and vLLM answered 500)'],
  probes: PROBES,
  grade(t) {
    const got = imageAnswer(t, true);
    if (!got.ok) return got.grade;
    return { status: 'pass', message: `answered: ${clip(String(got.value.message.content ?? ''), 100)}` };
  },
};

function shape(t: TranscriptSet, level: 'must' | 'should'): Grade {
  const got = imageAnswer(t);
  if (!got.ok) return got.grade;
  return shapeGrade(
    'chat-completion-response',
    level,
    [{ value: got.value.body, where: where(IMAGE), exchange: IMAGE }],
    'answers to an image',
  );
}

export const shapeMust: Check = {
  id: 'vision.shape',
  title: 'The answer to an image is a chat completion the SDK reads',
  feature: 'vision',
  level: 'MUST',
  source: spec('CreateChatCompletionResponse'),
  breaks: ['openai-node chat.completions.create() on vision requests'],
  probes: PROBES,
  grade: (t) => shape(t, 'must'),
};

export const shapeFull: Check = {
  id: 'vision.shape-full',
  title: 'The answer to an image matches the full spec shape',
  feature: 'vision',
  level: 'SHOULD',
  source: spec('CreateChatCompletionResponse'),
  breaks: ['strictly generated clients that require every spec key'],
  probes: PROBES,
  grade: (t) => shape(t, 'should'),
};

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** does the text name the probe image's colour, or its width and height? */
export function namesImage(text: string): string | undefined {
  const t = norm(text);
  if (new RegExp(`\\b${PROBE_IMAGE.colour}\\b`).test(t)) return `its colour (${PROBE_IMAGE.colour})`;
  if (t.includes(String(PROBE_IMAGE.width)) && t.includes(String(PROBE_IMAGE.height)))
    return `its size (${PROBE_IMAGE.width}×${PROBE_IMAGE.height})`;
  return undefined;
}

export const seesImage: Check = {
  id: 'vision.sees-image',
  title: `The answer depends on the image: it names the probe image's colour or size, and differs from the answer without it`,
  feature: 'vision',
  level: 'MUST',
  source: guide('images are inputs the model reads ("analyze images")', 'guides/images-vision'),
  breaks: ['apps whose images are silently dropped: the model answers as if none was sent'],
  probes: PROBES,
  grade(t) {
    const got = imageAnswer(t);
    if (!got.ok) return got.grade;
    const text = String(got.value.message.content ?? '');
    const named = namesImage(text);
    if (named) return { status: 'pass', message: `the answer names ${named}: ${clip(text, 100)}` };
    const control = completionOf(t, TEXT.probe, TEXT.label);
    if (control.ok && norm(String(control.value.message.content ?? '')) === norm(text))
      return {
        status: 'fail',
        message: `the answer with the image is the answer without it (${clip(text, 80)}): the image was ignored`,
        details: { exchange: IMAGE },
      };
    return {
      status: 'inconclusive',
      message: `the answer names neither the image's colour (${PROBE_IMAGE.colour}) nor its size (${PROBE_IMAGE.width}×${PROBE_IMAGE.height}), yet differs from the answer without it: ${clip(text, 80)}. --trials N may conclude`,
      details: { exchange: IMAGE },
    };
  },
};

const promptTokens = (body: unknown): number | undefined => {
  const u = isObject(body) ? body.usage : undefined;
  return isObject(u) && Number.isInteger(u.prompt_tokens) ? (u.prompt_tokens as number) : undefined;
};

export const imageTokens: Check = {
  id: 'vision.image-tokens',
  title: 'usage.prompt_tokens counts the image: more than the same question without it',
  feature: 'vision',
  level: 'SHOULD',
  source: guide('image inputs are metered in tokens (low detail: 85)', 'guides/images-vision'),
  breaks: ['cost tracking of vision requests (images billed as free)'],
  probes: PROBES,
  grade(t) {
    const got = imageAnswer(t);
    if (!got.ok) return got.grade;
    const control = completionOf(t, TEXT.probe, TEXT.label);
    if (!control.ok) return control.grade;
    const withImage = promptTokens(got.value.body);
    const without = promptTokens(control.value.body);
    if (withImage === undefined || without === undefined)
      return {
        status: 'inconclusive',
        message: `no usage.prompt_tokens to compare (with the image: ${show(withImage)}, without: ${show(without)}); chat.usage grades its absence`,
      };
    if (withImage <= without)
      return {
        status: 'fail',
        message: `the image costs nothing: prompt_tokens is ${withImage} with it and ${without} without`,
        details: { exchange: IMAGE, seen: { withImage, without } },
      };
    return {
      status: 'pass',
      message: `the low-detail image added ${withImage - without} prompt tokens (the guide counts 85)`,
    };
  },
};

export const badImage: Check = {
  id: 'vision.bad-image-rejected',
  title: 'An image_url whose bytes are no image gets a 400',
  feature: 'vision',
  level: 'SHOULD',
  source: guide('supported image types: PNG, JPEG, WEBP, non-animated GIF', 'guides/images-vision'),
  breaks: ['apps that learn of a broken upload only from a confused answer'],
  probes: PROBES,
  grade(t) {
    const got = rejectionOf(
      t,
      BAD_IMAGE,
      varies(IMAGE, 'an image that is not one', 'image', 'image_url', 'url', 'mime'),
    );
    if (!got.ok) return got.grade;
    return rejected400(got.value, BAD_IMAGE, 'bytes that are no image');
  },
};
