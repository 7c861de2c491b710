import { createHash } from 'node:crypto'
import { open, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CliError } from '../../cli/cliError.ts'
import { isAlive } from './pidLock.ts'

/**
 * The lock file of an output folder: in the system's temporary folder, named after the output's
 * path, so that every run writing that output finds it whatever cache folder it uses (and nothing
 * lies in or beside the output).
 * @param out the output folder, absolute, its links resolved
 * @returns the lock file's path
 */
export function lockFileOf(out: string): string {
  return join(tmpdir(), `jobld-lock-${createHash('sha256').update(out).digest('hex').slice(0, 32)}`)
}

/**
 * Takes the lock of an output folder: a file holding the pid of the run that writes it. A lock
 * whose process is gone is taken over; a live one is an error (one writer per output at a time).
 * @param out the output folder, absolute, its links resolved
 * @returns a function that releases the lock
 * @throws CliError (BUSY) when another live run holds it
 */
export async function lockOutput(out: string): Promise<() => Promise<void>> {
  const release = await tryLockOutput(out)
  if (typeof release === 'function') return release
  throw new CliError('BUSY', `Unexpected second jobld run writing ${out} (process ${release.pid} is writing it), expected one at a time; wait for it to finish`)
}

/** Lock files this process holds: a second export of the same output in this process is refused too. */
const held = new Set<string>()

/**
 * Takes the lock of an output folder when no live run holds it.
 * @param out the output folder, absolute, its links resolved
 * @returns the release function, or the pid of the live run that holds the lock
 */
export async function tryLockOutput(out: string): Promise<(() => Promise<void>) | { pid: number }> {
  const file = lockFileOf(out)
  if (held.has(file)) return { pid: process.pid }
  for (let attempt = 0; attempt < 40; attempt += 1) {
    try {
      const handle = await open(file, 'wx', 0o644)
      try {
        await handle.writeFile(String(process.pid))
      } finally {
        await handle.close()
      }
      held.add(file)
      return async () => {
        held.delete(file)
        await rm(file, { force: true })
      }
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
      const pid = Number(await readFile(file, 'utf8').catch(() => ''))
      // This process's own pid in a lock it does not hold is left by a killed run whose pid it got again (containers).
      if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) return { pid }
      // Made this instant by another run that has not written its pid yet: wait for it.
      if (!(pid > 0) && Date.now() - ((await stat(file).catch(() => undefined))?.mtimeMs ?? 0) < 2000) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        continue
      }
      // Left by a run that was killed (or is being written this instant: then the next attempt sees it).
      await rm(file, { force: true }).catch(() => undefined)
    }
  }
  throw new CliError('BUSY', `Unexpected lock ${file} that cannot be taken, expected to write ${out}; remove the file if no jobld run is writing ${out}`)
}
