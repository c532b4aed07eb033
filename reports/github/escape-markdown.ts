// Text from results inside GitHub Markdown: no HTML (GitHub renders tags), no table breaks, no accidental emphasis.
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#!()])/g, '\\$1');
}

/** An inline code span that survives backticks inside (pads and lengthens the fence). */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  // a pipe ends a table cell even inside a code span in GFM
  return `${fence}${pad}${oneLine.replace(/\|/g, '\\|')}${pad}${fence}`;
}
