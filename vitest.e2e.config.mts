import { defineConfig } from 'vitest/config';

/** `npm run test:e2e`: real editors (code-server in Chromium, Neovim), one file at a time. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
