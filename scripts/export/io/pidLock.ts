import { open, readFile, rm } from 'node:fs/promises'
import { errorCode } from './describeFsError.ts'

/** Lock files this process holds: one with our pid that is not among them was left by a killed process that had our pid. */
const held = new Set<string>()

/**
 * Takes a lock file holding this process's pid (the webhook's deliveries, notify's state). A lock
 * whose process is gone, or that is empty (killed between creating and writing it), is taken over.
 * @param file the lock file
 * @param sameProcess `refuse` (the default): a second taker in this process finds it held;
 *   `takeOver`: a lock file with this process's pid counts as left by a killed process
 * @returns the release; or, when the lock is held, the pid of the live process holding it
 *   (undefined when the file kept coming back)
 */
export async function tryPidLock(file: string, sameProcess: 'refuse' | 'takeOver' = 'refuse'): Promise<(() => Promise<void>) | { pid: number | undefined }> {
  if (sameProcess === 'refuse' && held.has(file)) return { pid: process.pid }
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      if (sameProcess === 'refuse') held.add(file)
      const handle = await open(file, 'wx')
      await handle.writeFile(`${process.pid}\n`)
      await handle.close()
      return async () => {
        await rm(file, { force: true })
        held.delete(file)
      }
    } catch (error) {
      held.delete(file)
      if (errorCode(error) !== 'EEXIST') throw error
    }
    const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim())
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) return { pid }
    await rm(file, { force: true })
  }
  return { pid: undefined }
}

/**
 * Tells whether a process is running.
 * @param pid its id
 * @returns true when it runs (also when it belongs to another user)
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM'
  }
}
