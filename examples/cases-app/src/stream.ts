import type OpenAI from 'openai';

// a streamed answer, cut at the first sentence by a stop sequence; usage reported in the last chunk
export async function firstSentence(
  question: string,
  client: OpenAI,
  onText: (text: string) => void = () => {},
): Promise<{ text: string; tokens: number }> {
  const stream = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: question }],
    stream: true,
    stop: ['.'],
    stream_options: { include_usage: true },
  });
  let text = '';
  let tokens = 0;
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta.content ?? '';
    text += delta;
    onText(delta);
    if (chunk.usage) tokens = chunk.usage.total_tokens;
  }
  return { text, tokens };
}
