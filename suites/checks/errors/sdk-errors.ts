// What openai-node makes of the error answers: the message it shows. (The class it raises follows from the status
// alone, APIError.generate, so the status checks grade it: errors.no-5xx, errors.status-400, errors.invalid-key.)
import type { Check, SdkOutcome, TranscriptSet } from '../../engine/types.ts';
import { everyItem } from '../internal/grade.ts';
import { show } from '../internal/read.ts';
import { sdk } from '../internal/sources.ts';
import { E, SDK_CALLS } from './probes.ts';

interface Expected {
  probe: string;
  label: string;
  what: string;
  outcome: SdkOutcome;
}

/** the SDK calls that raised (a call whose request was accepted is graded by errors.rejects-*, unknown-model, auth-enforced) */
function raised(t: TranscriptSet): Expected[] {
  const want: Array<Omit<Expected, 'outcome'>> = [
    { probe: E.invalid, label: SDK_CALLS.invalid, what: 'temperature 3' },
    { probe: E.unknownModel, label: SDK_CALLS.unknownModel, what: 'an unknown model' },
    { probe: E.auth, label: SDK_CALLS.auth, what: 'a made-up key' },
  ];
  return want.flatMap((w) => {
    const outcome = t[w.probe]?.sdk.find((s) => s.label === w.label);
    return outcome && !outcome.ok ? [{ ...w, outcome }] : [];
  });
}

/** openai-node's message is "<status> <error.message>"; these are its fallbacks when the body is unusable */
export function unreadable(message: string): string | undefined {
  if (/status code \(no body\)/.test(message)) return 'the SDK found no error.message ("status code (no body)")';
  const rest = message.replace(/^\d{3} /, '').trim();
  if (rest.startsWith('{') || rest.startsWith('[')) return 'the SDK could only print the raw JSON error';
  if (rest.startsWith('<')) return 'the SDK printed raw HTML';
  if (rest === '') return 'the message is empty';
  return undefined;
}

export const sdkMessage: Check = {
  id: 'errors.sdk-message',
  title: "openai-node's error message carries the server's explanation",
  feature: 'errors',
  level: 'SHOULD',
  source: sdk('src/core/error.ts', 'APIError.makeMessage: "<status> <error.message>"'),
  breaks: [
    'openai-node 6: flat, array and problem bodies give "400 status code (no body)"',
    'openai-node 7: reads flat bodies (makeStatusError wraps them); arrays and problem bodies print as raw JSON',
    'logs and user-facing error text',
  ],
  divergences: [23, 24, 25, 26, 29],
  probes: [E.invalid, E.unknownModel, E.auth],
  grade(t) {
    const items = raised(t);
    if (items.length === 0) {
      const recorded = [E.invalid, E.unknownModel, E.auth].some((p) => t[p]?.sdk.length);
      return recorded
        ? {
            status: 'inconclusive',
            message:
              'no SDK call raised an error: each request was accepted (errors.rejects-temperature-range, errors.unknown-model and errors.auth-enforced grade that)',
          }
        : { status: 'untestable', message: 'no SDK error call was recorded', prerequisite: E.invalid };
    }
    return everyItem(
      items,
      (i) => {
        const why = unreadable(i.outcome.error!.message);
        return why
          ? {
              message: `${i.what}: ${why}: ${show(i.outcome.error!.message, 80)} (${i.outcome.sdkVersion})`,
              seen: i.outcome.error!.message,
            }
          : undefined;
      },
      `${items.length} SDK errors carry a readable message`,
    );
  },
};
