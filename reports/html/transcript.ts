// One recorded HTTP exchange as HTML: request, response, and for streams every SSE frame with its arrival time.
import type { Exchange, SdkOutcome, SseFrame } from '../../suites/engine/types.ts';
import { escapeHtml } from '../internal/escape.ts';
import { cap, formatMs, headerValueForDisplay, prettyBody, shorten, showValue } from '../internal/text.ts';
import { timelineSvg } from './timeline-svg.ts';

/** Bodies longer than this are cut, with a note: the report stays small and results.json keeps the rest. */
export const BODY_CAP = 8_000;
export const FRAME_CAP = 300;
const FRAME_DATA_CAP = 400;

function truncatedNote(omitted: number, what = 'characters'): string {
  return `<p class="truncated">… truncated: ${omitted.toLocaleString('en-US')} more ${what} not shown (see results.json)</p>`;
}

export function bodyBlock(body: string): string {
  if (body === '') return '<p class="muted">(empty body)</p>';
  const c = cap(prettyBody(body), BODY_CAP);
  return `<pre class="body"><code>${escapeHtml(c.text)}</code></pre>${c.truncated ? truncatedNote(c.omitted) : ''}`;
}

function headersBlock(headers: Record<string, string>): string {
  const entries = Object.entries(headers);
  if (entries.length === 0) return '<p class="muted">(no headers)</p>';
  const lines = entries.map(
    ([k, v]) => `<span class="hname">${escapeHtml(k)}:</span> ${escapeHtml(headerValueForDisplay(k, v))}`,
  );
  return `<pre class="headers"><code>${lines.join('\n')}</code></pre>`;
}

function frameKind(f: SseFrame): string {
  if (f.comment === true) return '<span class="muted">comment</span>';
  return f.event !== undefined ? `event: ${escapeHtml(f.event)}` : 'data';
}

function framesTable(frames: SseFrame[], highlight: ReadonlySet<number>): string {
  const shown = frames.slice(0, FRAME_CAP);
  const rows = shown.map((f, i) => {
    const gap = i === 0 ? '' : `+${formatMs(f.t - frames[i - 1]!.t)}`;
    const text = f.data ?? f.raw.replace(/\r?\n$/g, '');
    const c = cap(text, FRAME_DATA_CAP);
    const hl = highlight.has(i);
    const mark = hl ? ' <strong class="hl-mark">◀ evidence</strong>' : '';
    return `<tr${hl ? ' class="hl"' : ''}><td class="num">#${i}</td><td class="num">${escapeHtml(formatMs(f.t))}</td><td class="num">${escapeHtml(gap)}</td><td class="kind">${frameKind(f)}</td><td><code>${escapeHtml(c.text)}</code>${c.truncated ? ' <span class="truncated">… truncated</span>' : ''}${mark}</td></tr>`;
  });
  const more = frames.length > FRAME_CAP ? truncatedNote(frames.length - FRAME_CAP, 'frames') : '';
  return `<table class="frames"><caption>${frames.length} SSE ${frames.length === 1 ? 'frame' : 'frames'}, times since the request was sent</caption><thead><tr><th scope="col">#</th><th scope="col">arrived</th><th scope="col">gap</th><th scope="col">kind</th><th scope="col">data</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}`;
}

export function exchangeHtml(probe: string, ex: Exchange, highlight: ReadonlySet<number> = new Set()): string {
  const req = ex.request;
  const out = [
    `<div class="exchange"><h5>Probe <code>${escapeHtml(probe)}</code>, exchange <code>${escapeHtml(ex.label)}</code> <span class="muted">(${ex.via === 'sdk' ? 'through the SDK' : 'raw HTTP'})</span></h5>`,
    `<h6>Request</h6><p class="reqline"><span class="method">${escapeHtml(req.method)}</span> <code>${escapeHtml(req.url)}</code></p>`,
    headersBlock(req.headers),
    req.body !== undefined ? bodyBlock(req.body) : '',
  ];
  const res = ex.response;
  const error =
    ex.error === undefined
      ? ''
      : `<p class="transport-error"><strong>${escapeHtml(ex.error.kind)}</strong>: ${escapeHtml(ex.error.message)}</p>`;
  if (res === undefined && ex.error !== undefined) out.push(`<h6>No response</h6>${error}`);
  if (res !== undefined) {
    const kept =
      res.stored !== undefined
        ? `, graded whole, ${res.stored.kept.toLocaleString('en-US')} of ${res.stored.of.toLocaleString('en-US')} characters kept in results.json`
        : res.truncated === true
          ? ', capped while reading'
          : '';
    const size = `${res.bodyBytes.toLocaleString('en-US')} bytes${kept}`;
    out.push(
      `<h6>Response</h6><p class="statusline"><span class="status-code">${escapeHtml(res.status)}</span> · headers after ${escapeHtml(formatMs(res.ttfbMs))} · done after ${escapeHtml(formatMs(res.totalMs))} · ${escapeHtml(size)}</p>`,
    );
    out.push(headersBlock(res.headers));
    if (res.frames !== undefined) {
      out.push(timelineSvg(`${probe} / ${ex.label}`, res, highlight), framesTable(res.frames, highlight));
    } else {
      out.push(bodyBlock(res.body));
    }
    // a failure after the status line: what was read is above, what stopped it here
    if (ex.error !== undefined) out.push(`<h6>Then</h6>${error}`);
  }
  out.push('</div>');
  return out.join('');
}

export function sdkOutcomeHtml(o: SdkOutcome): string {
  const what = o.ok
    ? `returned a value${o.chunks !== undefined ? ` (${o.chunks.length} chunks)` : ''}`
    : `raised <code>${escapeHtml(o.error?.class ?? 'an error')}</code>${o.error?.status !== undefined ? ` (status ${escapeHtml(o.error.status)})` : ''}: ${escapeHtml(shorten(o.error?.message ?? '', 300))}`;
  const attempts = o.attempts !== undefined ? ` after ${o.attempts} ${o.attempts === 1 ? 'attempt' : 'attempts'}` : '';
  const value =
    o.ok && o.value !== undefined
      ? `<details class="sdk-value"><summary>value</summary>${bodyBlock(showValue(o.value))}</details>`
      : '';
  return `<li><code>${escapeHtml(o.label)}</code>: ${escapeHtml(o.sdkVersion)} ${what}${attempts}${value}</li>`;
}
