// The one Content-Security-Policy of every page we write: nothing fetched, styles and the page's own script
// allowed by hash, so an injected tag could do nothing.
import { createHash } from 'node:crypto';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `script`: the page's one inline script; without it, no script may run */
export function contentSecurityPolicy(css: string, script?: string): string {
  const scripts = script === undefined ? "'none'" : sha256(script);
  return `default-src 'none'; style-src ${sha256(css)}; script-src ${scripts}; img-src data:; base-uri 'none'; form-action 'none'`;
}
