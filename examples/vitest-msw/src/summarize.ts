import OpenAI from 'openai';

// created when the module is imported, with the fetch it finds then: MSW must be listening already
const openai = new OpenAI();

export async function summarize(text: string): Promise<string> {
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Summarize in one sentence.' },
      { role: 'user', content: text },
    ],
  });
  return res.choices[0]?.message.content ?? '';
}
