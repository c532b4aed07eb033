// The head of every page we write: one Content-Security-Policy for all — nothing fetched, styles and the page's own
// script allowed by hash, so an injected tag could do nothing — no referrer, the title escaped.
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `script`: the page's one inline script; without it, no script may run */
function contentSecurityPolicy(css: string, script?: string): string {
  const scripts = script === undefined ? "'none'" : sha256(script);
  return `default-src 'none'; style-src ${sha256(css)}; script-src ${scripts}; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** `<!doctype html>` through `</head>`: the body follows */
export function pageHead(title: string, css: string, script?: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(css, script)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>`;
}
