// The images a chat request showed, in its answer: the reply ends with a sentence saying what the mock read (format,
// width × height), and the images' tokens are added to the prompt's, counted as the vision guide counts them.
import { countTokens } from '../generate/tokenize.ts';
import type { ReplyPlan } from '../generate/types.ts';
import { LOW_DETAIL_TOKENS } from '../media/image-tokens.ts';
import { describeImages, type SeenImage } from './read-images.ts';

/** `textReply`: the answer is free text (no JSON format, no scripted reply), so a sentence may be added */
export function withImages(plan: ReplyPlan, images: readonly SeenImage[], textReply: boolean): ReplyPlan {
  if (images.length === 0) return plan;
  const sentence = describeImages(images);
  const extra = countTokens(` ${sentence}`);
  let added = 0;
  const choices = plan.choices.map((c) => {
    // a reply cut by max_tokens, a tool call or a refusal stays as planned
    if (!textReply || c.content === null || c.toolCalls.length > 0 || c.finishReason !== 'stop') return c;
    added += extra;
    return { ...c, content: `${c.content} ${sentence}`, completionTokens: c.completionTokens + extra };
  });
  // the prompt recipe (generate/usage.ts) already counts every image part at the low-detail 85
  const imageTokens = images.reduce((n, i) => n + i.tokens - LOW_DETAIL_TOKENS, 0);
  return {
    ...plan,
    choices,
    promptTokens: plan.promptTokens + imageTokens,
    completionTokens: plan.completionTokens + added,
  };
}
