// Works around mswjs/interceptors#799 (fixed by PR #833, after @mswjs/interceptors 0.41.9): MSW tees every
// response to give its "response" listeners a clone; while that clone is unread, cancelling the body the app got
// never settles. The openai SDK cancels the body of a 429/5xx before retrying, so its retries hang under MSW.
// Reading each clone to the end lets the cancel settle. Call once per setupServer()/setupWorker().

interface LifeCycleEvents {
  on(event: 'response:mocked' | 'response:bypass', listener: (args: { response: Response }) => void): void;
}

export function drainResponseClones(api: { events: LifeCycleEvents }): void {
  const drain = ({ response }: { response: Response }) => {
    void response.arrayBuffer().catch(() => undefined);
  };
  api.events.on('response:mocked', drain);
  api.events.on('response:bypass', drain);
}
