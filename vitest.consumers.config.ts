import { defineConfig } from 'vitest/config'

/**
 * Consumer tests (`npm run test:consumers`): the packed package installed into the example
 * projects under examples/, each built for real and checked in Chromium; one file at a time.
 */
export default defineConfig({
  test: {
    include: ['tests/consumers/**/*.test.ts'],
    globalSetup: ['tests/consumers/support/globalSetup.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    pool: 'forks',
  },
})
