import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // The CLI tests start real processes; building a fact table takes a moment on a small machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
