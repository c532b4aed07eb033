// Inline SVG charts for the perf section: lines, a histogram and bars, with axes, ticks and a legend. Each is
// an image with a title and a one-sentence label, so a screen reader gets what the picture shows.
import { escapeHtml } from '../internal/escape.ts';

// Okabe–Ito, distinguishable with the common colour-vision deficiencies; series also differ by dash
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const style = (i: number) => ({ color: SERIES_COLORS[i % SERIES_COLORS.length]!, dash: DASHES[i % DASHES.length]! });

export interface Series {
  name: string;
  points: Array<[number, number]>;
}

export interface Frame {
  title: string;
  /** one sentence: what the picture shows */
  label: string;
  xLabel: string;
  yLabel: string;
  xFormat?: (x: number) => string;
  yFormat?: (y: number) => string;
}

type Scale = (v: number) => number;

const W = 560;
const H = 300;
const L = 64;
const R = 16;
const T = 30;
const B = 70;

/** About five round tick values from lo to hi. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v * 1e9) / 1e9);
  return out;
}

const fmt = (v: number) => (Math.abs(v) >= 1000 ? `${Math.round(v / 100) / 10}k` : String(Math.round(v * 1000) / 1000));

function chart(
  f: Frame,
  x: [number, number] | undefined,
  y: [number, number],
  draw: (sx: Scale, sy: Scale) => string,
  legend: string[],
): string {
  const xs = x ?? [0, 1];
  const sx: Scale = (v) => L + ((v - xs[0]) / (xs[1] - xs[0] || 1)) * (W - L - R);
  const sy: Scale = (v) => H - B - ((v - y[0]) / (y[1] - y[0] || 1)) * (H - T - B);
  const xf = f.xFormat ?? fmt;
  const yf = f.yFormat ?? fmt;
  const xt = x
    ? ticks(x[0], x[1])
        .map(
          (v) =>
            `<line x1="${sx(v).toFixed(1)}" x2="${sx(v).toFixed(1)}" y1="${H - B}" y2="${H - B + 4}" stroke="#5d5d66"/><text x="${sx(v).toFixed(1)}" y="${H - B + 16}" text-anchor="middle">${escapeHtml(xf(v))}</text>`,
        )
        .join('')
    : '';
  const yt = ticks(y[0], y[1])
    .map(
      (v) =>
        `<line x1="${L}" x2="${W - R}" y1="${sy(v).toFixed(1)}" y2="${sy(v).toFixed(1)}" stroke="#e4e4ea"/><text x="${L - 6}" y="${(sy(v) + 4).toFixed(1)}" text-anchor="end">${escapeHtml(yf(v))}</text>`,
    )
    .join('');
  const keys = legend
    .map((name, i) => {
      const { color, dash } = style(i);
      const lx = L + (i % 4) * 122;
      const ly = H - 24 + Math.floor(i / 4) * 14;
      return `<line x1="${lx}" x2="${lx + 18}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="2.5" stroke-dasharray="${dash}"/><text x="${lx + 22}" y="${ly}">${escapeHtml(name)}</text>`;
    })
    .join('');
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(f.label)}"><title>${escapeHtml(f.title)}</title><text class="ct" x="${L}" y="18">${escapeHtml(f.title)}</text>${yt}${xt}<line x1="${L}" x2="${W - R}" y1="${H - B}" y2="${H - B}" stroke="#5d5d66"/><line x1="${L}" x2="${L}" y1="${T}" y2="${H - B}" stroke="#5d5d66"/><text x="${(L + W - R) / 2}" y="${H - B + 32}" text-anchor="middle" class="al">${escapeHtml(f.xLabel)}</text><text transform="rotate(-90)" x="${-(T + H - B) / 2}" y="14" text-anchor="middle" class="al">${escapeHtml(f.yLabel)}</text>${draw(sx, sy)}${keys}</svg>`;
}

function extent(values: number[], zero: boolean): [number, number] {
  const lo = zero ? Math.min(0, ...values) : Math.min(...values);
  const hi = Math.max(...values);
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

export function lineChart(f: Frame & { series: Series[]; xZero?: boolean }): string {
  const all = f.series.flatMap((s) => s.points);
  if (all.length === 0) return '';
  const x = extent(
    all.map((p) => p[0]),
    f.xZero ?? true,
  );
  const y = extent(
    all.map((p) => p[1]),
    true,
  );
  const draw = (sx: Scale, sy: Scale) =>
    f.series
      .map((s, i) => {
        const { color, dash } = style(i);
        const d = s.points
          .map((p, k) => `${k === 0 ? 'M' : 'L'}${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`)
          .join('');
        const dots =
          s.points.length <= 12
            ? s.points
                .map((p) => `<circle cx="${sx(p[0]).toFixed(1)}" cy="${sy(p[1]).toFixed(1)}" r="3" fill="${color}"/>`)
                .join('')
            : '';
        return `<path class="series" d="${d}" fill="none" stroke="${color}" stroke-width="2" stroke-dasharray="${dash}"/>${dots}`;
      })
      .join('');
  return chart(
    f,
    x,
    y,
    draw,
    f.series.map((s) => s.name),
  );
}

export function histogram(f: Frame & { values: number[]; bins?: number }): string {
  if (f.values.length === 0) return '';
  const [lo, hi] = extent(f.values, false);
  const n = f.bins ?? Math.min(30, Math.max(5, Math.ceil(Math.sqrt(f.values.length))));
  const width = (hi - lo) / n;
  const counts = new Array<number>(n).fill(0);
  for (const v of f.values) counts[Math.min(n - 1, Math.floor((v - lo) / width))]!++;
  const draw = (sx: Scale, sy: Scale) =>
    counts
      .map((c, i) => {
        const x0 = sx(lo + i * width);
        const x1 = sx(lo + (i + 1) * width);
        const tip = `${fmt(lo + i * width)}–${fmt(lo + (i + 1) * width)}: ${c}`;
        return `<rect class="bar" x="${x0.toFixed(1)}" y="${sy(c).toFixed(1)}" width="${Math.max(1, x1 - x0 - 1).toFixed(1)}" height="${(sy(0) - sy(c)).toFixed(1)}" fill="${SERIES_COLORS[0]}"><title>${escapeHtml(tip)}</title></rect>`;
      })
      .join('');
  return chart(f, [lo, hi], [0, Math.max(...counts)], draw, []);
}

/** Bars with their labels under them, and horizontal reference lines (`marks`) in the legend. */
export function barChart(
  f: Frame & { bars: Array<{ label: string; value: number }>; marks?: Array<{ name: string; value: number }> },
): string {
  if (f.bars.length === 0) return '';
  const marks = f.marks ?? [];
  const top = Math.max(...f.bars.map((b) => b.value), ...marks.map((m) => m.value));
  const slot = (W - L - R) / f.bars.length;
  const draw = (_sx: Scale, sy: Scale) =>
    f.bars
      .map((b, i) => {
        const x = L + i * slot + slot * 0.15;
        const tip = `${b.label}: ${(f.yFormat ?? fmt)(b.value)}`;
        return `<rect class="bar" x="${x.toFixed(1)}" y="${sy(b.value).toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${(sy(0) - sy(b.value)).toFixed(1)}" fill="${SERIES_COLORS[SERIES_COLORS.length - 1]}" fill-opacity="0.75"><title>${escapeHtml(tip)}</title></rect><text x="${(x + slot * 0.35).toFixed(1)}" y="${H - B + 16}" text-anchor="middle">${escapeHtml(b.label)}</text>`;
      })
      .join('') +
    marks
      .map((m, i) => {
        const { color, dash } = style(i);
        return `<line x1="${L}" x2="${W - R}" y1="${sy(m.value).toFixed(1)}" y2="${sy(m.value).toFixed(1)}" stroke="${color}" stroke-width="2" stroke-dasharray="${dash}"/>`;
      })
      .join('');
  return chart(
    f,
    undefined,
    [0, top > 0 ? top : 1],
    draw,
    marks.map((m) => m.name),
  );
}
