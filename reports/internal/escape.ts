// Escaping for every output format. Everything from a results file is untrusted: bodies come from hostile servers.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values in HTML (quotes escaped too, so the result is safe in either place). */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => HTML[ch] ?? ch);
}

// characters XML 1.0 cannot carry at all, not even as references: drop them rather than emit invalid XML
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text and attribute values in XML. Newlines and tabs in attributes become references so parsers keep them. */
export function escapeXml(value: unknown): string {
  return String(value)
    .replace(XML_INVALID, '\uFFFD')
    .replace(/[&<>"']/g, (ch) => HTML[ch] ?? ch)
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Element text in XML: like escapeXml but keeps line breaks readable. */
export function escapeXmlText(value: unknown): string {
  return String(value)
    .replace(XML_INVALID, '\uFFFD')
    .replace(/[&<>]/g, (ch) => HTML[ch] ?? ch);
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A string usable in an HTML id and a URL fragment (check ids already are; this guards the rest). */
export function anchorId(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '-');
}
