import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Local evaluation runs over ../shared are never part of the suite.
    exclude: ['**/node_modules/**', 'test/**/*.local.test.ts'],
    testTimeout: 30_000,
  },
});
