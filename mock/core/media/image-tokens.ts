// Image input tokens the way the vision guide documents them for the tile models (gpt-4o family, o-series):
// "low" costs a flat 85; "high" fits the image in 2048×2048, scales its shortest side to 768, and charges 170 per
// 512-px tile plus 85 (1024×1024 → 765; 2048×4096 → 1105). "auto" is taken as high. Reference A7.

export type ImageDetail = 'low' | 'high' | 'auto';

export const LOW_DETAIL_TOKENS = 85;
const TILE_TOKENS = 170;

export function imageTokens(width: number, height: number, detail: ImageDetail = 'auto'): number {
  if (detail === 'low') return LOW_DETAIL_TOKENS;
  let w = width;
  let h = height;
  const fit = Math.min(1, 2048 / Math.max(w, h));
  w *= fit;
  h *= fit;
  // the guide scales down only: an image already smaller than 768 on its short side keeps its size
  const shrink = Math.min(1, 768 / Math.min(w, h));
  w *= shrink;
  h *= shrink;
  return TILE_TOKENS * Math.ceil(w / 512) * Math.ceil(h / 512) + LOW_DETAIL_TOKENS;
}
