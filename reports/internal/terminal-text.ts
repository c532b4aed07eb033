// Text from a target on a terminal: a model id or an error message must not move the cursor, retitle the
// window, ring the bell or print a fake summary line. Control characters (C0 but tab, DEL, C1), line and
// paragraph separators and bidi overrides are shown as visible escapes (`\u001b`) instead of acting.
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
