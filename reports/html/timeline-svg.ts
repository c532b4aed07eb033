// A stream's frames on a time axis: when headers came, when each frame arrived, where the long gaps were.
import { escapeHtml } from '../internal/escape.ts';
import type { SseFrame } from '../../suites/engine/types.ts';
import type { RecordedResponse } from '../../suites/engine/types.ts';
import { formatMs } from '../internal/text.ts';

export interface StreamStats {
  frames: number;
  firstFrameMs: number | undefined;
  maxGapMs: number;
  maxGapAfter: number | undefined; // index of the frame before the largest gap
  totalMs: number;
}

export function streamStats(response: RecordedResponse): StreamStats {
  const frames = response.frames ?? [];
  let maxGapMs = 0;
  let maxGapAfter: number | undefined;
  for (let i = 1; i < frames.length; i++) {
    const gap = frames[i]!.t - frames[i - 1]!.t;
    if (gap > maxGapMs) {
      maxGapMs = gap;
      maxGapAfter = i - 1;
    }
  }
  return { frames: frames.length, firstFrameMs: frames[0]?.t, maxGapMs, maxGapAfter, totalMs: response.totalMs };
}

/** One sentence that says what the picture shows (the SVG's accessible title). */
export function describeStream(name: string, response: RecordedResponse): string {
  const s = streamStats(response);
  const parts = [`headers after ${formatMs(response.ttfbMs)}`];
  if (s.firstFrameMs !== undefined) parts.push(`first frame after ${formatMs(s.firstFrameMs)}`);
  parts.push(`${s.frames} ${s.frames === 1 ? 'frame' : 'frames'}`);
  if (s.maxGapAfter !== undefined) parts.push(`largest gap ${formatMs(s.maxGapMs)} after frame #${s.maxGapAfter}`);
  parts.push(`ended after ${formatMs(s.totalMs)}`);
  return `Timeline of ${name}: ${parts.join(', ')}.`;
}

const W = 720;
const H = 64;
const PAD = 12;
const AXIS_Y = 40;

let counter = 0;

/** Inline SVG; `highlight` marks the frames a check points at. */
export function timelineSvg(
  name: string,
  response: RecordedResponse,
  highlight: ReadonlySet<number> = new Set(),
): string {
  const frames: SseFrame[] = response.frames ?? [];
  const end = Math.max(response.totalMs, frames[frames.length - 1]?.t ?? 0, response.ttfbMs, 1);
  const x = (t: number) => (PAD + (Math.max(0, t) / end) * (W - 2 * PAD)).toFixed(1);
  const id = `tl-${++counter}`;
  const s = streamStats(response);
  const out = [
    `<svg class="timeline" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="${id}" preserveAspectRatio="none">`,
    `<title id="${id}">${escapeHtml(describeStream(name, response))}</title>`,
    `<line x1="${PAD}" x2="${W - PAD}" y1="${AXIS_Y}" y2="${AXIS_Y}" class="axis"/>`,
    // waiting for headers, then for the first frame
    `<rect x="${PAD}" y="${AXIS_Y - 3}" width="${(Number(x(response.ttfbMs)) - PAD).toFixed(1)}" height="6" class="wait"/>`,
  ];
  if (s.maxGapAfter !== undefined && s.maxGapMs > 0) {
    const a = frames[s.maxGapAfter]!.t;
    const b = frames[s.maxGapAfter + 1]!.t;
    out.push(
      `<rect x="${x(a)}" y="${AXIS_Y - 26}" width="${(Number(x(b)) - Number(x(a))).toFixed(1)}" height="26" class="gap"/>`,
    );
  }
  frames.forEach((f, i) => {
    const cls = highlight.has(i)
      ? 'frame hl'
      : f.comment === true
        ? 'frame comment'
        : f.data === '[DONE]'
          ? 'frame done'
          : 'frame';
    const h = highlight.has(i) ? 30 : 20;
    out.push(`<line x1="${x(f.t)}" x2="${x(f.t)}" y1="${AXIS_Y - h}" y2="${AXIS_Y}" class="${cls}"/>`);
  });
  out.push(
    `<text x="${PAD}" y="${H - 6}" class="tick">0</text>`,
    // labels only where they do not run into the end label
    Number(x(response.ttfbMs)) < W - PAD - 160
      ? `<text x="${x(response.ttfbMs)}" y="${H - 6}" class="tick">headers ${escapeHtml(formatMs(response.ttfbMs))}</text>`
      : '',
    s.firstFrameMs !== undefined &&
      Number(x(s.firstFrameMs)) - Number(x(response.ttfbMs)) > 90 &&
      Number(x(s.firstFrameMs)) < W - PAD - 190
      ? `<text x="${x(s.firstFrameMs)}" y="${H - 6}" class="tick">first frame ${escapeHtml(formatMs(s.firstFrameMs))}</text>`
      : '',
    `<text x="${W - PAD}" y="${H - 6}" class="tick end">${escapeHtml(formatMs(end))}</text>`,
    '</svg>',
  );
  return out.join('');
}
