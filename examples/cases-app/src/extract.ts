import type OpenAI from 'openai';

export interface Contact {
  name: string;
  email: string;
}

// structured output: the app parses the content and relies on the schema's shape
export async function extractContact(text: string, client: OpenAI): Promise<Contact> {
  const res = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Extract the contact from the text.' },
      { role: 'user', content: text },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'contact',
        strict: true,
        schema: {
          type: 'object',
          properties: { name: { type: 'string' }, email: { type: 'string' } },
          required: ['name', 'email'],
          additionalProperties: false,
        },
      },
    },
  });
  return JSON.parse(res.choices[0]?.message.content ?? '') as Contact;
}
