// What the model-dependent checks must observe before they can pass: the control's answer (the same prompt
// without the variation) shows what the variation should change, and answers to different prompts show whether
// the server's answers depend on the prompt at all (a fixture server gives one canned answer to everything).
import type { TranscriptSet } from '../../engine/types.ts';
import { answeredOf, completionOf, type Need, no, show, type Source, yes } from '../internal/read.ts';
import { CONTROL, LIMIT, P } from './probes.ts';
import { wordCount } from './usage.ts';

/** the answers to prompts other than the seeded one (cut or resampled answers left out: they differ by design) */
const OTHER_PROMPTS: Source[] = [
  CONTROL,
  { probe: P.multiTurn, label: 'system' },
  { probe: P.multiTurn, label: 'developer' },
  { probe: P.multiTurn, label: 'tool-history' },
];

/** the text of choices[0] of a 2xx answer, or the grade saying why there is none */
export function textOf(t: TranscriptSet, s: Source): Need<string> {
  const r = completionOf(t, s.probe, s.label);
  if (!r.ok) return r;
  const content = r.value.message.content;
  if (typeof content !== 'string')
    return no({
      status: 'untestable',
      message: `${s.probe} (${s.label}) answered no text (content ${show(content)})`,
      prerequisite: `${s.probe} (${s.label}) answers text`,
    });
  return yes(content);
}

/** true when some answer of the run to another prompt differs from `text` */
export function variesWithPrompt(t: TranscriptSet, text: string): boolean {
  return OTHER_PROMPTS.some((s) => {
    const other = textOf(t, s);
    return other.ok && other.value !== text;
  });
}

/** is the control's uncapped answer longer than the cap: more than LIMIT completion tokens or words? */
export function controlRunsPastCap(t: TranscriptSet): Need<boolean> {
  const r = answeredOf(t, CONTROL.probe, CONTROL.label);
  if (!r.ok) return r;
  const body = r.value.body as
    { usage?: { completion_tokens?: unknown }; choices?: Array<{ message?: { content?: unknown } }> } | undefined;
  const used = body?.usage?.completion_tokens;
  return yes((typeof used === 'number' && used > LIMIT) || wordCount(body?.choices?.[0]?.message?.content) > LIMIT);
}
