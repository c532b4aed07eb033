// The adapters take a mock, or the options to create one.
import { createMock, type CreateMockExtras, type Mock } from '../core/create-mock.ts';
import type { MockOptions } from '../core/options.ts';

export function mockOf(mockOrOptions: Mock | (MockOptions & CreateMockExtras)): Mock {
  return typeof (mockOrOptions as Mock).handle === 'function'
    ? (mockOrOptions as Mock)
    : createMock(mockOrOptions as MockOptions & CreateMockExtras);
}
