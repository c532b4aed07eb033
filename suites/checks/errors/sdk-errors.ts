// What openai-node makes of the error answers: the class an app catches and the message it shows.
import type { Check, SdkOutcome, TranscriptSet } from '../../engine/types.ts';
import { everyItem } from '../internal/grade.ts';
import { exchangeOf, show } from '../internal/read.ts';
import { sdk } from '../internal/sources.ts';
import { E } from './probes.ts';

const CLASS_OF: Record<number, string> = {
  400: 'BadRequestError',
  401: 'AuthenticationError',
  403: 'PermissionDeniedError',
  404: 'NotFoundError',
  409: 'ConflictError',
  422: 'UnprocessableEntityError',
  429: 'RateLimitError',
};

interface Expected {
  probe: string;
  label: string;
  what: string;
  classes: string[];
  outcome: SdkOutcome;
}

/** the SDK calls that should raise, with the classes an app would catch; an open target skips the auth one */
function expected(t: TranscriptSet): Expected[] {
  const want: Array<Omit<Expected, 'outcome'>> = [
    { probe: E.invalid, label: 'sdk', what: 'temperature 3', classes: ['BadRequestError'] },
    { probe: E.unknownModel, label: 'sdk', what: 'an unknown model', classes: ['NotFoundError', 'BadRequestError'] },
    { probe: E.auth, label: 'sdk', what: 'a made-up key', classes: ['AuthenticationError'] },
  ];
  const open = (() => {
    const r = exchangeOf(t, E.auth, 'no-key');
    return r.ok && r.value.response!.status < 300;
  })();
  return want.flatMap((w) => {
    const outcome = t[w.probe]?.sdk.find((s) => s.label === w.label);
    if (!outcome || (w.probe === E.auth && open && outcome.ok)) return [];
    return [{ ...w, outcome }];
  });
}

export const sdkClass: Check = {
  id: 'errors.sdk-class',
  title: 'openai-node raises the error class an app catches (BadRequestError, NotFoundError, AuthenticationError)',
  feature: 'errors',
  level: 'MUST',
  source: sdk('src/core/error.ts', 'APIError.generate maps the status to a class'),
  breaks: ['apps that catch BadRequestError / NotFoundError / AuthenticationError (the error escapes or is retried)'],
  divergences: [30],
  probes: [E.invalid, E.unknownModel, E.auth],
  grade(t) {
    const items = expected(t);
    if (items.length === 0) return { status: 'untestable', message: 'no SDK error call was recorded', prerequisite: E.invalid };
    return everyItem(
      items,
      (i) => {
        if (i.outcome.ok) return { message: `${i.what} must make the SDK raise ${i.classes.join(' or ')}, but the call succeeded`, seen: null };
        const e = i.outcome.error!;
        if (i.classes.includes(e.class)) return undefined;
        const hint = e.status !== undefined && CLASS_OF[e.status] === undefined && e.status >= 500 ? ` (status ${e.status}: retried by default)` : e.status !== undefined ? ` (status ${e.status})` : '';
        return { message: `${i.what} must make the SDK raise ${i.classes.join(' or ')}, got ${e.class}${hint}`, seen: e.class };
      },
      `${items.length} SDK calls raised the expected class`,
    );
  },
};

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
    const items = expected(t).filter((i) => !i.outcome.ok);
    if (items.length === 0) return { status: 'untestable', message: 'no SDK call raised an error (see errors.sdk-class)', prerequisite: E.invalid };
    return everyItem(
      items,
      (i) => {
        const why = unreadable(i.outcome.error!.message);
        return why ? { message: `${i.what}: ${why}: ${show(i.outcome.error!.message, 80)} (${i.outcome.sdkVersion})`, seen: i.outcome.error!.message } : undefined;
      },
      `${items.length} SDK errors carry a readable message`,
    );
  },
};
