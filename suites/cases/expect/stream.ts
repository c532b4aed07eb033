// `stream: true`: the answer is a server-sent event stream that ends as the API ends it.
import { header } from '../../checks/internal/read.ts';
import { fail, pass, type Outcome, type Trial } from './outcome.ts';

export function expectStream(t: Trial): Outcome {
  const type = header(t.ex, 'content-type') ?? '';
  if (!t.answer.streamed || !type.includes('text/event-stream'))
    return fail(`the answer is not a stream (content-type ${JSON.stringify(type)}); the request asked for one`, {
      seen: type,
    });
  if (!t.answer.ended) {
    const end = t.answer.endpoint === 'responses' ? 'a response.completed event' : 'data: [DONE]';
    return fail(`the stream ended without ${end}, after ${t.ex.response!.frames!.length} frames`);
  }
  return pass('a stream ending cleanly');
}
