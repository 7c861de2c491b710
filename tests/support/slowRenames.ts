/**
 * Preloaded into a child jobld process by tests (`node --import tsx --import ./tests/support/slowRenames.ts …`):
 * each rename into the folder named by `JOBLD_TEST_SLOW_RENAMES_INTO` waits 10 ms first, so that a
 * test can kill the child while it applies a write, file by file. Nothing else changes.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { setTimeout as sleep } from 'node:timers/promises'

const into = process.env.JOBLD_TEST_SLOW_RENAMES_INTO
if (into) {
  const original = fs.promises.rename
  const slowed: typeof original = async (from, to) => {
    if (String(to).startsWith(into)) await sleep(10)
    return original(from, to)
  }
  Object.defineProperty(fs.promises, 'rename', { value: slowed, writable: true, configurable: true })
  syncBuiltinESMExports()
}
