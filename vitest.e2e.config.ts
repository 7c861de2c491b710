import { defineConfig } from 'vitest/config'

/** Browser tests (`npm run test:e2e`): one Chromium, one file at a time, slow steps allowed. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
})
