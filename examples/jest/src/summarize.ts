import OpenAI from 'openai';

// the client is a parameter, so tests can hand in one that talks to the mock
export async function summarize(text: string, client = new OpenAI()): Promise<string> {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Summarize in one sentence.' },
      { role: 'user', content: text },
    ],
  });
  return res.choices[0]?.message.content ?? '';
}
