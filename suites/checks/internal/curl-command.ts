// A ready-to-run curl command for a recorded request, with the key left to the reader's environment.
import type { RecordedRequest } from '../../engine/types.ts';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function curlCommand(req: RecordedRequest): string {
  const parts = [
    `curl -sS ${quote(req.url)}`,
    '-H "Authorization: Bearer $OPENAI_API_KEY"',
    `-H 'Content-Type: application/json'`,
  ];
  if (req.method !== 'GET' && req.method !== 'POST') parts.splice(1, 0, `-X ${req.method}`);
  if (req.body !== undefined) parts.push(`-d ${quote(req.body)}`);
  return parts.join(' \\\n  ');
}
