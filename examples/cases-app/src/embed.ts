import type OpenAI from 'openai';

// embeddings for search: one vector per text, in order
export async function embed(texts: string[], client: OpenAI): Promise<number[][]> {
  const res = await client.embeddings.create({ model: 'text-embedding-3-small', input: texts });
  return res.data.sort((a, b) => a.index - b.index).map((d) => d.embedding);
}
