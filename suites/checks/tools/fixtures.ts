// The tools and prompts every tools probe sends. Prompts name the tool and the cities outright so a real
// model calls it, and the bundled mock (which calls a tool when the prompt asks for one) does too.

export const WEATHER_PARAMETERS = {
  type: 'object',
  properties: {
    city: { type: 'string', description: 'City name, e.g. Paris' },
    unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
  },
  required: ['city'],
  additionalProperties: false,
} as const satisfies Record<string, unknown>;

// parameterless on purpose: some servers drop the "{}" arguments of such tools (reference B7, vllm#28806)
export const TIME_PARAMETERS = {
  type: 'object',
  properties: {},
  additionalProperties: false,
} as const satisfies Record<string, unknown>;

export const WEATHER_TOOL = {
  type: 'function',
  function: { name: 'get_weather', description: 'Get the current weather in a city.', parameters: WEATHER_PARAMETERS },
} as const;

export const TIME_TOOL = {
  type: 'function',
  function: {
    name: 'get_time',
    description: 'Get the current UTC time. Takes no arguments.',
    parameters: TIME_PARAMETERS,
  },
} as const;

export const TOOLS = [WEATHER_TOOL, TIME_TOOL];

export const PARAMETERS_BY_NAME: Record<string, Record<string, unknown>> = {
  get_weather: WEATHER_PARAMETERS,
  get_time: TIME_PARAMETERS,
};

export const TWO_CITIES = 'What is the weather in Paris and in Tokyo? Call the get_weather tool once for each city.';
export const ONE_CITY = 'What is the weather in Paris? Use the get_weather tool.';

export function userAsks(text: string) {
  return [{ role: 'user', content: text }];
}

/** A conversation that already holds one tool call and its result, with an id minted by "another provider". */
export function foreignHistory(callId: string) {
  return [
    { role: 'user', content: ONE_CITY },
    {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: callId, type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
    },
    { role: 'tool', tool_call_id: callId, content: '{"city":"Paris","temperature_c":18,"sky":"clear"}' },
  ];
}

// an id in OpenAI's own format: "call_" + 24 alphanumerics (Mistral only accepts [a-zA-Z0-9]{9}, reference B39)
export const OPENAI_STYLE_CALL_ID = 'call_Q7mZ2xK9pL4vN8rT1sW6yB3d';

export const TOOL_RESULT = (city: string) => JSON.stringify({ city, temperature_c: 18, sky: 'clear' });
