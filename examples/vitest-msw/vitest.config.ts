import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['./test/setup.ts'],
    env: { OPENAI_API_KEY: 'sk-test' }, // a real key in your shell never reaches a test
  },
});
