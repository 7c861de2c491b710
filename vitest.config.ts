import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/slow/**', 'tests/consumers/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: forks keep heavy suites (Studio schema, network faults) from starving each other.
    pool: 'forks',
  },
})
