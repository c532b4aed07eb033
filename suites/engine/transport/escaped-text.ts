// A text with its escapes decoded, and where each decoded character came from, so a secret echoed as
// `sk\/x`, `sk\u002Dx`, `sk%2Dx` or any mix (PHP escapes "/", .NET escapes "+", URLs percent-encode) is
// found by one plain search and replaced in the original text.

export interface Decoded {
  text: string;
  /** segment starts, [decoded offset, source offset] pairs in order: chars of a segment map one to one */
  marks: number[] | undefined; // undefined: nothing was escaped, offsets are the identity
  sourceLength: number;
}

const HEX4 = /^[0-9a-fA-F]{4}$/;
const HEX2 = /^[0-9a-fA-F]{2}$/;

export function decodeEscapes(src: string): Decoded {
  let slash = src.indexOf('\\');
  let pct = src.indexOf('%');
  if (slash === -1 && pct === -1) return { text: src, marks: undefined, sourceLength: src.length };
  const parts: string[] = [];
  const marks: number[] = [];
  let d = 0; // decoded length so far
  const emit = (text: string, at: number) => {
    marks.push(d, at);
    parts.push(text);
    d += text.length;
  };
  let i = 0;
  while (i < src.length) {
    if (slash !== -1 && slash < i) slash = src.indexOf('\\', i);
    if (pct !== -1 && pct < i) pct = src.indexOf('%', i);
    const at = slash === -1 ? pct : pct === -1 ? slash : Math.min(slash, pct);
    if (at === -1) {
      emit(src.slice(i), i);
      break;
    }
    if (at > i) emit(src.slice(i, at), i);
    i = at + decodeAt(src, at, emit);
  }
  return { text: parts.join(''), marks, sourceLength: src.length };
}

/** decodes the escape at `i` (a backslash or "%"), emitting it; returns how many source chars it used */
function decodeAt(src: string, i: number, emit: (text: string, at: number) => void): number {
  if (src[i] === '\\') {
    // a run of backslashes (JSON inside JSON doubles them) before u+4 hex, "/" or '"' is one escape
    let j = i;
    while (src[j] === '\\') j++;
    const hex = src.slice(j + 1, j + 5);
    if (src[j] === 'u' && HEX4.test(hex)) {
      emit(String.fromCharCode(Number.parseInt(hex, 16)), i);
      return j + 5 - i;
    }
    if (src[j] === '/' || src[j] === '"') {
      emit(src[j], i);
      return j + 1 - i;
    }
    emit(src.slice(i, j), i);
    return j - i;
  }
  // %XX, or %25XX when encoded twice
  let j = i + 1;
  while (src.startsWith('25', j) && HEX2.test(src.slice(j + 2, j + 4))) j += 2;
  const hex = src.slice(j, j + 2);
  if (!HEX2.test(hex)) {
    emit('%', i);
    return 1;
  }
  emit(String.fromCharCode(Number.parseInt(hex, 16)), i);
  return j + 2 - i;
}

/** the source offset of decoded offset `k` (k may be text.length) */
function sourceOffset(d: Decoded, k: number): number {
  const m = d.marks!;
  if (k >= d.text.length) return d.sourceLength;
  let lo = 0;
  let hi = m.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m[2 * mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  return m[2 * lo + 1] + (k - m[2 * lo]);
}

/** the source range of decoded chars [start, end) */
export function sourceRange(d: Decoded, start: number, end: number): [number, number] {
  return d.marks ? [sourceOffset(d, start), sourceOffset(d, end)] : [start, end];
}
