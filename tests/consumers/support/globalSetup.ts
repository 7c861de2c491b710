import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * One folder for the whole run (`JOBLD_CONSUMERS_DIR`): the test files share the packed tarball
 * and the fresh install in it, and it is removed at the end.
 * @returns the teardown
 */
export async function setup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'jobld-consumers-'))
  process.env.JOBLD_CONSUMERS_DIR = dir
  return async () => {
    if (!process.env.JOBLD_KEEP_CONSUMERS) await rm(dir, { recursive: true, force: true })
  }
}
