// Where secrets sit in a (decoded) text: every whole occurrence, and, for long secrets, the fragments a
// split can leave behind. A key echoed across two SSE frames, two SDK chunks, or cut by a size cap leaves
// a prefix at the end of one text (or JSON string) and a suffix at the start of the next; a key spread
// over three or more frames leaves middle parts as whole JSON strings.
//
// The fragment rule, at least MIN_FRAGMENT characters of a secret:
//  - a prefix of it that ends a text or a JSON string (before a `"`, or an ellipsis where a message was shortened),
//    not glued to a letter or digit before it;
//  - a suffix of it that starts a text or a JSON string (after a `"` or an ellipsis), not glued to a letter or digit
//    after it;
//  - any part of it that is a whole text or a whole JSON string.
// Normal text is safe because a fragment must sit exactly at such a boundary and match a long random key
// there; secrets shorter than FRAGMENT_SECRET_MIN, and public values (the bundled mock's key), are only
// replaced whole.

export const MIN_FRAGMENT = 4;
export const FRAGMENT_SECRET_MIN = 16;

const WORD = /[A-Za-z0-9]/;

type Range = [number, number];

export class SecretMatcher {
  private readonly whole: string[];
  private readonly parts: string[]; // secrets whose fragments count
  private readonly grams = new Map<string, Array<[number, number]>>(); // 4-gram → [secret index in parts, position]

  constructor(whole: string[], withFragments: string[]) {
    this.whole = [...whole, ...withFragments].sort((a, b) => b.length - a.length);
    this.parts = withFragments;
    withFragments.forEach((s, k) => {
      for (let i = 0; i + MIN_FRAGMENT <= s.length; i++) {
        const g = s.slice(i, i + MIN_FRAGMENT);
        const list = this.grams.get(g);
        if (list) list.push([k, i]);
        else this.grams.set(g, [[k, i]]);
      }
    });
  }

  /** adds [start, end) ranges of `text` to redact */
  find(text: string, out: Range[]): void {
    for (const s of this.whole) {
      for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + s.length)) out.push([i, i + s.length]);
    }
    if (this.parts.length === 0 || text.length < MIN_FRAGMENT) return;
    // boundaries: the text's ends, and both sides of every quote and of every ellipsis a shortened message ends with
    const marks = /"|…|\.\.\./g;
    let start = 0;
    for (;;) {
      const m = marks.exec(text);
      const end = m ? m.index : text.length;
      if (end - start >= MIN_FRAGMENT) this.between(text, start, end, out);
      if (!m) break;
      start = m.index + m[0].length;
    }
  }

  /** fragments in the segment [start, end), which lies between two boundaries */
  private between(text: string, start: number, end: number, out: Range[]): void {
    const len = end - start;
    const head = this.grams.get(text.slice(start, start + MIN_FRAGMENT));
    const tail = this.grams.get(text.slice(end - MIN_FRAGMENT, end));
    if (!head && !tail) return;
    let prefix = 0;
    let suffix = 0;
    for (const [k, p] of head ?? []) {
      const s = this.parts[k];
      if (len < s.length && s.startsWith(text.slice(start, end), p)) return void out.push([start, end]); // a whole middle part
      const l = s.length - p; // the suffix s[p..] starts with this 4-gram
      if (l > suffix && p > 0 && l <= len && text.startsWith(s.slice(p), start) && !WORD.test(text[start + l] ?? ''))
        suffix = l;
    }
    for (const [k, p] of tail ?? []) {
      const s = this.parts[k];
      const l = p + MIN_FRAGMENT; // the prefix s[..l) ends with this 4-gram
      if (
        l > prefix &&
        l < s.length &&
        l <= len &&
        text.startsWith(s.slice(0, l), end - l) &&
        !WORD.test(text[end - l - 1] ?? '')
      )
        prefix = l;
    }
    if (suffix) out.push([start, start + suffix]);
    if (prefix) out.push([end - prefix, end]);
  }
}
