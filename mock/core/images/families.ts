// What each image model family takes (spec: CreateImageRequest; reference A8): prompt length, n, sizes, quality,
// and whether response_format exists. A model id the mock does not know is served as a GPT image model.

export type ImageFamily = 'dall-e-2' | 'dall-e-3' | 'gpt-image';

export interface FamilyRules {
  maxPrompt: number;
  maxN: number;
  sizes: readonly string[];
  defaultSize: string;
  qualities: readonly string[];
  /** dall-e answers url by default and takes response_format; GPT image models always answer b64_json */
  urls: boolean;
}

export const FAMILY_RULES: Record<ImageFamily, FamilyRules> = {
  'dall-e-2': {
    maxPrompt: 1000,
    maxN: 10,
    sizes: ['256x256', '512x512', '1024x1024'],
    defaultSize: '1024x1024',
    qualities: ['standard', 'auto'],
    urls: true,
  },
  'dall-e-3': {
    maxPrompt: 4000,
    maxN: 1,
    sizes: ['1024x1024', '1792x1024', '1024x1792'],
    defaultSize: '1024x1024',
    qualities: ['standard', 'hd', 'auto'],
    urls: true,
  },
  'gpt-image': {
    maxPrompt: 32000,
    maxN: 10,
    sizes: ['1024x1024', '1536x1024', '1024x1536', 'auto'],
    defaultSize: '1024x1024',
    qualities: ['low', 'medium', 'high', 'auto'],
    urls: false,
  },
};

/** fields only the GPT image models take: their presence without a model picks gpt-image-1, as the spec says */
export const GPT_ONLY = ['output_format', 'output_compression', 'background', 'moderation', 'stream', 'partial_images'];

/** a generation's model when it names none: "dall-e-2 unless a parameter specific to the GPT image models is used" */
export function defaultImageModel(req: Record<string, unknown>): string {
  return GPT_ONLY.some((k) => req[k] != null) ? 'gpt-image-1' : 'dall-e-2';
}

export function familyOf(model: string): ImageFamily {
  if (/^dall-e-2/i.test(model)) return 'dall-e-2';
  if (/^dall-e-3/i.test(model)) return 'dall-e-3';
  return 'gpt-image';
}
