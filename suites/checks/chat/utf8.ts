// Has text survived the trip through JSON and UTF-8? The answer to PHRASE is judged by what damage leaves behind
// (U+FFFD, lone surrogates, UTF-8 read as Latin-1 or Windows-1252, escapes applied twice) and by whether the
// phrase's pieces of each UTF-8 length came back whole.
import { show } from '../internal/read.ts';

/** 2-byte (Zoë, café), 3-byte (東京) and 4-byte (🌍, a surrogate pair in JSON) pieces of PHRASE */
export const PIECES = ['Zoë', 'café', '東京', '🌍'];

const bytesOf = (s: string) => Buffer.from(s, 'utf8');
// Windows-1252 where it differs from Latin-1 (0x80-0x9F); written out because Node 20's TextDecoder decodes
// "windows-1252" as Latin-1. The five unassigned bytes stay C1 controls, as WHATWG decodes them.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const cp1252 = (b: Buffer) =>
  Array.from(b, (x) => (x >= 0x80 && x <= 0x9f ? CP1252_HIGH[x - 0x80] : String.fromCharCode(x))).join('');
/** each piece as a server that reads UTF-8 as a single-byte encoding would send it back */
const MOJIBAKE = PIECES.flatMap((p) =>
  [bytesOf(p).toString('latin1'), cp1252(bytesOf(p))].map((wrong) => ({ p, wrong })),
);

/** PHRASE's quote, backslash, newline and tab as they look when escaped twice */
const ESCAPED_TWICE: Array<[string | RegExp, string]> = [
  ['\\"sunny\\"', 'the double quotes came back escaped (\\")'],
  ['C:\\\\Paris', 'the backslash came back doubled'],
  ['Paris\\n', 'the newline came back as the two characters \\n'],
  ['\\t🌍', 'the tab came back as the two characters \\t'],
  [/\\u[0-9a-fA-F]{4}/, 'a \\u escape is left in the text (escaped twice)'],
];

/** the index of the first unpaired surrogate, or -1 */
export function loneSurrogate(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** what is wrong with the text, or undefined when it shows no damage */
export function damage(text: string): string | undefined {
  if (text.includes('\uFFFD'))
    return `it holds U+FFFD, the replacement character (bytes were cut or decoded as the wrong encoding): ${show(text, 60)}`;
  const lone = loneSurrogate(text);
  if (lone >= 0)
    return `it holds a lone surrogate at character ${lone} (half of an astral character such as 🌍; Python clients fail to encode it)`;
  const moji = MOJIBAKE.find((m) => text.includes(m.wrong));
  if (moji)
    return `${show(moji.p)} came back as ${show(moji.wrong)}: UTF-8 was read as a single-byte encoding (mojibake)`;
  const twice = ESCAPED_TWICE.find(([pattern]) =>
    typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text),
  );
  if (twice) return `${twice[1]}: ${show(text, 60)}`;
  return undefined;
}

/** the pieces the text does not repeat (Unicode normalisation aside: é may come back as e + U+0301) */
export function missingPieces(text: string): string[] {
  const nfc = text.normalize('NFC');
  return PIECES.filter((p) => !nfc.includes(p));
}
