import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { ContentStore } from '../../lib/store/contentStore.ts'

/** The name of the store's file of document bytes, in the store's folder. */
export const STORE_DOCUMENTS = 'documents.bin'

/** The store's file of document bytes, appended to. */
export interface DocumentFile {
  /** Its path, for the workers that read documents from it. */
  readonly path: string
  /**
   * Appends a document's bytes.
   * @returns where they are: offset and length
   */
  append(bytes: Uint8Array): [number, number]
  /** Records, inside a transaction, that the bytes appended so far belong to the store (and how many it no longer uses). */
  record(): void
  /** Counts bytes the store no longer uses (a document replaced or gone). */
  release(length: number): void
  close(): void
}

/**
 * The bytes of the documents of a source that has no file of its own to read them from again
 * (the Content Lake, an archive, Markdown): `documents.bin` beside the store, appended to. The
 * store records how far the file belongs to it; bytes past that (a run killed after writing them,
 * before its transaction) are overwritten by the next run. The store's key records how many
 * bytes it no longer uses; a full export starts the file afresh.
 * @param dir the store's folder
 * @param store the store
 * @returns the file
 */
export function documentFile(dir: string, store: ContentStore): DocumentFile {
  const path = join(dir, STORE_DOCUMENTS)
  const meta = store.meta
  const recorded = meta.get('documentsEnd')
  let end = typeof recorded === 'number' ? recorded : 0
  const deadRecorded = meta.get('documentsDead')
  let dead = typeof deadRecorded === 'number' ? deadRecorded : 0
  const fd = openSync(path, 'a+')
  closeSync(fd)
  const handle = openSync(path, 'r+')
  // What lies past the recorded end belongs to no entry.
  ftruncateSync(handle, end)
  return {
    path,
    append(bytes) {
      const at = end
      let written = 0
      while (written < bytes.length) written += writeSync(handle, bytes, written, bytes.length - written, at + written)
      end += bytes.length
      return [at, bytes.length]
    },
    record() {
      meta.put('documentsEnd', end)
      meta.put('documentsDead', dead)
    },
    release(length) {
      dead += length
    },
    close: () => closeSync(handle),
  }
}
