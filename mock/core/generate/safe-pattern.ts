// JSON Schema `pattern`s from requests, matched and sampled without a backtracking engine: a request's pattern
// must never run on V8's RegExp against the request's own words (`^(a+)+$` on a 31-letter word froze the mock
// for minutes). A pattern is parsed into a small AST, compiled to a Thompson NFA and run by simulation: time
// linear in the text times the NFA's size, whatever the pattern. Matching strings are sampled from the AST and
// checked the same way.
//
// Supported: literals and escapes, `.`, classes (ranges, negation, \d \w \s, \p{…}), groups ((…), (?:…),
// (?<name>…)), `|`, `* + ? {n} {n,} {n,m}` (lazy or not), `^ $ \b \B`. Unsupported (backreferences,
// lookaround, anything past MAX_STATES): compilePattern gives undefined, and the caller treats the pattern as
// one it cannot honour.

import { WorkBudget } from './budget.ts';

const MAX_STATES = 2_000; // a counted repeat is expanded: (a{50}){50} is past it
const MAX_TEXT = 128; // words longer than this are not tried as candidates
const MAX_WORDS = 32; // words tried per pattern

type CharTest = (c: string) => boolean;
type Node =
  | { t: 'char'; test: CharTest; prefer: string | undefined }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }
  | { t: 'assert'; kind: 'start' | 'end' | 'boundary' | 'inside' };

class Unsupported extends Error {}

export interface CompiledPattern {
  /** true when `text` contains a match (JSON Schema patterns are not anchored), in linear time; spends its steps */
  test(text: string, budget: WorkBudget): boolean;
  /** strings built from the pattern itself, most of them matching (check with test) */
  samples: string[];
}

const cache = new Map<string, CompiledPattern | null>();

/** The pattern compiled, or undefined when JavaScript rejects it or it uses what this engine does not support. */
export function compilePattern(pattern: string): CompiledPattern | undefined {
  const known = cache.get(pattern);
  if (known !== undefined) return known ?? undefined;
  let compiled: CompiledPattern | null;
  try {
    new RegExp(pattern, 'u'); // syntax only: compiling never runs it
    const ast = new Parser(pattern).parse();
    const nfa = new Nfa(ast);
    compiled = { test: (text, budget) => nfa.test(text, budget), samples: samples(ast) };
  } catch {
    compiled = null;
  }
  if (cache.size >= 256) cache.clear();
  cache.set(pattern, compiled);
  return compiled ?? undefined;
}

/**
 * A string matching `pattern`: one of `words` (the first MAX_WORDS tried), else a fallback or a string sampled
 * from the pattern; undefined when the pattern is unsupported or nothing tried matches. Throws OutOfBudget.
 */
export function safePatternCandidate(
  pattern: string,
  words: readonly string[],
  fallbacks: readonly string[],
  budget: WorkBudget,
): string | undefined {
  const p = compilePattern(pattern);
  if (p === undefined) return undefined;
  let tried = 0;
  for (const w of words) {
    if (tried++ >= MAX_WORDS) break;
    if (w.length <= MAX_TEXT && p.test(w, budget)) return w;
  }
  for (const c of [...fallbacks, ...p.samples]) if (p.test(c, budget)) return c;
  return undefined;
}

// ---- parser ----

const isWordChar = (c: string | undefined) => c !== undefined && /^[A-Za-z0-9_]$/.test(c);
const DIGIT: CharTest = (c) => c >= '0' && c <= '9';
const WORD: CharTest = (c) => isWordChar(c);
const SPACE: CharTest = (c) => /^\s$/u.test(c);
const LINE_END = new Set(['\n', '\r', '\u2028', '\u2029']);
const PREFERRED = ['a', 'A', '0', 'x', 'X', '1', 'b', 'z', 'Z', '9', '-', '_', ' ', '.', '@', ':', '/'];

class Parser {
  readonly #s: string[];
  #i = 0;
  constructor(pattern: string) {
    this.#s = [...pattern];
  }

  parse(): Node {
    const node = this.#alt();
    if (this.#i < this.#s.length) throw new Unsupported(`unexpected ${this.#s[this.#i]}`);
    return node;
  }

  #peek(): string | undefined {
    return this.#s[this.#i];
  }

  #alt(): Node {
    const options = [this.#seq()];
    while (this.#peek() === '|') {
      this.#i++;
      options.push(this.#seq());
    }
    return options.length === 1 ? options[0] : { t: 'alt', options };
  }

  #seq(): Node {
    const items: Node[] = [];
    for (let c = this.#peek(); c !== undefined && c !== '|' && c !== ')'; c = this.#peek())
      items.push(this.#quantified(this.#atom()));
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  #quantified(node: Node): Node {
    const c = this.#peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.#s.slice(this.#i, this.#i + 24).join(''));
      if (!m) throw new Unsupported('brace');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (min > MAX_STATES || (max !== Infinity && max > MAX_STATES)) throw new Unsupported('count');
      this.#i += m[0].length - 1;
    } else return node;
    this.#i++;
    if (this.#peek() === '?') this.#i++; // lazy: the same strings match
    if (node.t === 'assert') throw new Unsupported('quantified assertion');
    return { t: 'rep', node, min, max };
  }

  #atom(): Node {
    const c = this.#s[this.#i++];
    switch (c) {
      case '(': {
        if (this.#peek() === '?') {
          const rest = this.#s.slice(this.#i, this.#i + 3).join('');
          if (rest.startsWith('?:')) this.#i += 2;
          else if (/^\?<[A-Za-z_$]/.test(rest)) this.#i = this.#s.indexOf('>', this.#i) + 1;
          else throw new Unsupported('lookaround');
        }
        const inner = this.#alt();
        if (this.#s[this.#i++] !== ')') throw new Unsupported('group');
        return inner;
      }
      case '[':
        return this.#class();
      case '.':
        return { t: 'char', test: (x) => !LINE_END.has(x), prefer: 'a' };
      case '^':
        return { t: 'assert', kind: 'start' };
      case '$':
        return { t: 'assert', kind: 'end' };
      case '\\':
        return this.#escape(false);
      default:
        return literal(c);
    }
  }

  #escape(inClass: boolean): Node {
    const c = this.#s[this.#i++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    switch (c) {
      case 'd':
        return { t: 'char', test: DIGIT, prefer: '0' };
      case 'D':
        return { t: 'char', test: (x) => !DIGIT(x), prefer: 'a' };
      case 'w':
        return { t: 'char', test: WORD, prefer: 'a' };
      case 'W':
        return { t: 'char', test: (x) => !WORD(x), prefer: '-' };
      case 's':
        return { t: 'char', test: SPACE, prefer: ' ' };
      case 'S':
        return { t: 'char', test: (x) => !SPACE(x), prefer: 'a' };
      case 'b':
        if (inClass) throw new Unsupported('class backspace');
        return { t: 'assert', kind: 'boundary' };
      case 'B':
        if (inClass) throw new Unsupported('class \\B');
        return { t: 'assert', kind: 'inside' };
      case 't':
        return literal('\t');
      case 'n':
        return literal('\n');
      case 'r':
        return literal('\r');
      case 'v':
        return literal('\v');
      case 'f':
        return literal('\f');
      case '0':
        return literal('\0');
      case 'x':
      case 'u': {
        const braced = c === 'u' && this.#peek() === '{';
        const m = braced
          ? /^\{([0-9a-fA-F]{1,6})\}/.exec(this.#rest(9))
          : new RegExp(`^[0-9a-fA-F]{${c === 'x' ? 2 : 4}}`).exec(this.#rest(4));
        if (!m) throw new Unsupported('hex');
        this.#i += m[0].length;
        return literal(String.fromCodePoint(parseInt(braced ? m[1] : m[0], 16)));
      }
      case 'p':
      case 'P': {
        const m = /^\{([A-Za-z_=]+)\}/.exec(this.#rest(40));
        if (!m) throw new Unsupported('property');
        this.#i += m[0].length;
        const one = new RegExp(`^\\p{${m[1]}}$`, 'u'); // one character at a time: no backtracking to speak of
        const test: CharTest = c === 'p' ? (x) => one.test(x) : (x) => !one.test(x);
        return { t: 'char', test, prefer: PREFERRED.find(test) };
      }
      default:
        if (/^[1-9k]$/.test(c)) throw new Unsupported('backreference');
        if (/^[A-Za-z]$/.test(c)) throw new Unsupported(`escape \\${c}`);
        return literal(c); // an escaped syntax character
    }
  }

  #rest(n: number): string {
    return this.#s.slice(this.#i, this.#i + n).join('');
  }

  #class(): Node {
    const negated = this.#peek() === '^';
    if (negated) this.#i++;
    const parts: CharTest[] = [];
    for (;;) {
      const c = this.#s[this.#i++];
      if (c === undefined) throw new Unsupported('open class');
      if (c === ']') break; // `[]` matches nothing and `[^]` anything, as in JavaScript
      let lo: string;
      if (c === '\\') {
        const node = this.#escape(true);
        if (node.t !== 'char') throw new Unsupported('class escape');
        const single = singleChar(node);
        if (single === undefined) {
          parts.push(node.test);
          continue;
        }
        lo = single;
      } else lo = c;
      if (this.#peek() === '-' && this.#s[this.#i + 1] !== undefined && this.#s[this.#i + 1] !== ']') {
        this.#i++;
        let hi = this.#s[this.#i++];
        if (hi === '\\') {
          const node = this.#escape(true);
          const single = node.t === 'char' ? singleChar(node) : undefined;
          if (single === undefined) throw new Unsupported('class range');
          hi = single;
        }
        const [a, b] = [lo.codePointAt(0)!, hi.codePointAt(0)!];
        parts.push((x) => {
          const p = x.codePointAt(0)!;
          return p >= a && p <= b;
        });
      } else parts.push((x) => x === lo);
    }
    const inClass: CharTest = (x) => parts.some((p) => p(x));
    const test: CharTest = negated ? (x) => !inClass(x) : inClass;
    return { t: 'char', test, prefer: PREFERRED.find(test) ?? firstChar(test) };
  }
}

const singles = new WeakMap<CharTest, string>();

function literal(c: string): Node {
  const test: CharTest = (x) => x === c;
  singles.set(test, c);
  return { t: 'char', test, prefer: c };
}

function singleChar(node: { test: CharTest }): string | undefined {
  return singles.get(node.test);
}

/** The first printable ASCII character a class accepts (or a few beyond): a class per pattern state, so kept short. */
function firstChar(test: CharTest): string | undefined {
  for (let p = 0x20; p < 0x7f; p++) {
    const c = String.fromCharCode(p);
    if (test(c)) return c;
  }
  return ['é', 'ß', 'ж', '中', '\t'].find(test);
}

// ---- NFA (Thompson) ----

const CHAR = 0;
const SPLIT = 1;
const ASSERT = 2;
const MATCH = 3;

class Nfa {
  readonly #kind: number[] = [];
  readonly #test: Array<CharTest | undefined> = [];
  readonly #assert: Array<string | undefined> = [];
  readonly #out: number[] = [];
  readonly #out2: number[] = [];
  readonly #start: number;

  constructor(ast: Node) {
    const match = this.#state(MATCH);
    this.#start = this.#compile(ast, match);
  }

  #state(kind: number, out = -1, out2 = -1): number {
    if (this.#kind.length >= MAX_STATES) throw new Unsupported('too large');
    this.#kind.push(kind);
    this.#test.push(undefined);
    this.#assert.push(undefined);
    this.#out.push(out);
    this.#out2.push(out2);
    return this.#kind.length - 1;
  }

  /** States for `node` followed by `next`; returns the entry state. */
  #compile(node: Node, next: number): number {
    switch (node.t) {
      case 'char': {
        const s = this.#state(CHAR, next);
        this.#test[s] = node.test;
        return s;
      }
      case 'assert': {
        const s = this.#state(ASSERT, next);
        this.#assert[s] = node.kind;
        return s;
      }
      case 'seq': {
        let entry = next;
        for (let i = node.items.length - 1; i >= 0; i--) entry = this.#compile(node.items[i], entry);
        return entry;
      }
      case 'alt': {
        let entry = this.#compile(node.options[node.options.length - 1], next);
        for (let i = node.options.length - 2; i >= 0; i--)
          entry = this.#state(SPLIT, this.#compile(node.options[i], next), entry);
        return entry;
      }
      case 'rep': {
        let entry = next;
        if (node.max === Infinity) {
          const loop = this.#state(SPLIT, -1, next);
          this.#out[loop] = this.#compile(node.node, loop);
          entry = loop;
        } else {
          // each optional copy: one more copy then the rest, or straight on to what follows
          for (let i = node.min; i < node.max; i++) entry = this.#state(SPLIT, this.#compile(node.node, entry), next);
        }
        for (let i = 0; i < node.min; i++) entry = this.#compile(node.node, entry);
        return entry;
      }
    }
  }

  test(text: string, budget: WorkBudget): boolean {
    const chars = [...text];
    const n = chars.length;
    const size = this.#kind.length;
    const mark = new Int32Array(size).fill(-1);
    let list: number[] = [];
    let gen = 0;
    const add = (into: number[], s: number, pos: number): void => {
      // iterative epsilon closure: a deep pattern must not overflow the stack
      const stack = [s];
      while (stack.length > 0) {
        const x = stack.pop()!;
        if (x < 0 || mark[x] === gen) continue;
        mark[x] = gen;
        const k = this.#kind[x];
        if (k === SPLIT) stack.push(this.#out2[x], this.#out[x]);
        else if (k === ASSERT) {
          if (holds(this.#assert[x]!, chars, pos)) stack.push(this.#out[x]);
        } else into.push(x);
      }
    };
    for (let pos = 0; ; pos++) {
      add(list, this.#start, pos); // not anchored: a match may start anywhere
      if (list.some((s) => this.#kind[s] === MATCH)) return true;
      if (pos === n) return false;
      budget.spend(0, list.length + 1); // the work of this step: at most the NFA's size
      gen++;
      const next: number[] = [];
      for (const s of list) if (this.#kind[s] === CHAR && this.#test[s]!(chars[pos])) add(next, this.#out[s], pos + 1);
      list = next;
    }
  }
}

function holds(kind: string, chars: string[], pos: number): boolean {
  switch (kind) {
    case 'start':
      return pos === 0;
    case 'end':
      return pos === chars.length;
    case 'boundary':
      return isWordChar(chars[pos - 1]) !== isWordChar(chars[pos]);
    default:
      return isWordChar(chars[pos - 1]) === isWordChar(chars[pos]);
  }
}

// ---- samples ----

/** A few strings built from the pattern: fewest repeats or one more, first or last alternative. */
function samples(ast: Node): string[] {
  const out = new Set<string>();
  for (const extra of [0, 1]) for (const last of [false, true]) out.add(build(ast, extra, last));
  return [...out];
}

function build(node: Node, extra: number, last: boolean): string {
  switch (node.t) {
    case 'char':
      return node.prefer ?? '';
    case 'assert':
      return '';
    case 'seq':
      return node.items.map((i) => build(i, extra, last)).join('');
    case 'alt':
      return build(node.options[last ? node.options.length - 1 : 0], extra, last);
    case 'rep': {
      const count = Math.min(node.max, node.min + extra);
      let s = '';
      for (let i = 0; i < count; i++) s += build(node.node, extra, last);
      return s;
    }
  }
}
