// A secret inside base64: the key alone, `Bearer KEY` (an echoed Authorization header), `user:KEY` (Basic
// auth). Where the key starts within the encoded bytes decides which base64 text it becomes, so there are
// three alignments; each gives the characters that depend on the key's bytes only, whatever surrounds it.

/** base64 and base64url texts that any base64 value containing the secret contains */
export function base64Variants(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  // too short a secret gives too short a text: it could occur by chance
  if (bytes.length < 12) return [];
  const out = new Set<string>();
  for (let offset = 0; offset < 3; offset++) {
    const text = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    // char i covers bits [6i, 6i+6): keep those entirely inside the secret's bits [8·offset, 8·(offset+n))
    const core = text.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    out.add(core);
    out.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...out];
}
