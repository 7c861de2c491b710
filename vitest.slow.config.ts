import { defineConfig } from 'vitest/config'

/** Long tests (`npm run test:slow`, run by CI): inputs of hundreds of megabytes, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/slow/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    pool: 'forks',
  },
})
