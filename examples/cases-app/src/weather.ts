import type OpenAI from 'openai';

const TOOLS: OpenAI.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather in a city',
      parameters: {
        type: 'object',
        properties: { city: { type: 'string' } },
        required: ['city'],
        additionalProperties: false,
      },
    },
  },
];

// a stand-in for the app's real weather service
function getWeather(city: string): string {
  return JSON.stringify({ city, temperature: 18, sky: 'clear' });
}

// the tool loop: call the model, run the tools it asks for, send the results back, until it answers in text
export async function askWeather(question: string, client: OpenAI, maxTurns = 3): Promise<string> {
  const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: question }];
  for (let turn = 0; turn < maxTurns; turn++) {
    const res = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, tools: TOOLS });
    const message = res.choices[0]!.message;
    if (res.choices[0]!.finish_reason !== 'tool_calls' || !message.tool_calls?.length) return message.content ?? '';
    messages.push(message);
    for (const call of message.tool_calls) {
      if (call.type !== 'function') continue;
      const { city } = JSON.parse(call.function.arguments) as { city: string };
      messages.push({ role: 'tool', tool_call_id: call.id, content: getWeather(city) });
    }
  }
  throw new Error(`no answer after ${maxTurns} turns`);
}
