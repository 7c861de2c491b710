import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { openLmdbStore } from '../../scripts/export/io/store/lmdbStore.ts'
import { cacheMac } from '../../scripts/export/io/trust/cacheMac.ts'
import { tempDir } from './exportRun.ts'

/**
 * A fresh folder with its own cache key, where a test opens (and opens again) an LMDB store.
 * @param label part of the folder name
 * @returns `open` for the store, `done` to remove the folder
 */
export async function tempStore(label: string) {
  const dir = await tempDir(label)
  const mac = await cacheMac(dir)
  return {
    open: () => openLmdbStore(join(dir, 'store'), mac),
    done: () => rm(dir, { recursive: true, force: true }),
  }
}
