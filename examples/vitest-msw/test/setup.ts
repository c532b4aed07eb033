import { setupServer } from 'msw/node';
import { afterAll, afterEach } from 'vitest';
import { createMock } from 'openai-conform/mock';
import { createMockHandlers, drainResponseClones } from 'openai-conform/mock/msw';

export const mock = createMock({ apiKeys: ['sk-test'] });
const server = setupServer(...createMockHandlers(mock)); // default base URL https://api.openai.com/v1
drainResponseClones(server); // msw 2: lets the SDK's retries settle (mswjs/interceptors#799)
server.listen(); // now, not in beforeAll: test files import the app after this
afterEach(() => mock.reset());
afterAll(() => server.close());
