// Image parts by URL (spec: ChatCompletionRequestMessageContentPartImage.image_url.url, "either a URL of the image
// or the base64 encoded image data"; reference A7): an https URL is accepted as a data: URL is. Ollama refuses
// every remote URL (R26); a provider that tried to fetch the URL and failed has not refused URLs.
import type { Check } from '../../engine/types.ts';
import { rejectionOf, varies } from '../internal/attribution.ts';
import { clip, completionOf, errorText, exchangeOf, isTransient } from '../internal/read.ts';
import { spec } from '../internal/sources.ts';
import { imageAnswer } from './image-input.ts';
import { IMAGE, REMOTE, REMOTE_IMAGE_URL, VISION } from './probes.ts';

/** the control: the same question with the image as a data: URL; an error naming these is about the URL form */
const BY_URL = varies(IMAGE, 'an https image URL', 'url', 'urls', 'image_url', 'base64', 'http', 'https', 'remote');

/** the provider tried to get the image and could not (a timeout, a DNS or HTTP error on its side) */
const FETCH_FAILED =
  /\b(download(ing|ed)?|fetch(ing|ed)?|timed? ?out|timeout|unreachable|dns|resolve|connection|connect|forbidden|http error|status code \d{3})\b|\b(could not|couldn't|cannot|can't|failed to|unable to) (be )?(get|load|open|read|retrieve|reach|access|download|fetch)/i;

export const remoteImage: Check = {
  id: 'vision.remote-image-url',
  title: 'An image_url given as an https URL is accepted, as the same question with a data: URL is',
  feature: 'vision',
  // SHOULD (level rule): a refusal is a clear 4xx the client surfaces, nothing crashes or is misread, and the app
  // copes by sending the bytes as a data: URL (Ollama's message says so); the spec's contract broken is the
  // request's, not the response's.
  level: 'SHOULD',
  source: spec('ChatCompletionRequestMessageContentPartImage.image_url.url (a URL of the image or base64 data)'),
  breaks: ['apps that pass image links rather than bytes (Ollama refuses every remote URL: R26)'],
  probes: [VISION],
  grade(t) {
    const control = imageAnswer(t); // the model cannot see at all: graded once, by vision.image-input
    if (!control.ok) return control.grade;
    const got = exchangeOf(t, REMOTE.probe, REMOTE.label);
    if (!got.ok) return got.grade;
    const s = got.value.response!.status;
    const why = errorText(got.value);
    if (s >= 400 && !isTransient(s) && FETCH_FAILED.test(why))
      return {
        status: 'inconclusive',
        message: `the target could not fetch ${REMOTE_IMAGE_URL} (${s}: ${why}): a failed download, not a refusal of URLs. Run where the target can reach upload.wikimedia.org`,
        details: { exchange: REMOTE, seen: s },
      };
    const judged = rejectionOf(t, REMOTE, BY_URL);
    if (!judged.ok) return judged.grade;
    if (s >= 400)
      return {
        status: 'fail',
        message: `an https image URL must be accepted as the data: URL was, got ${s}: ${why}`,
        details: { exchange: REMOTE, seen: s },
      };
    const answer = completionOf(t, REMOTE.probe, REMOTE.label);
    if (!answer.ok) return answer.grade;
    return {
      status: 'pass',
      message: `the https URL was accepted: ${clip(String(answer.value.message.content ?? ''), 100)}`,
    };
  },
};
