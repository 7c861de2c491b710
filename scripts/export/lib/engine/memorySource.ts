import type { Issue } from '../../../core/issue.ts'
import type { RawDocument } from '../../../core/rawDocument.ts'
import { secretVerdict } from '../../../core/secrets/findSecret.ts'
import { holdsSecret } from '../../../core/secrets/holdsSecret.ts'
import { secretForm } from '../../../core/secrets/secretForm.ts'
import { cleanStega } from '../../../core/stega/cleanStega.ts'
import { stegaTally } from '../../../core/stega/stegaTally.ts'
import type { DocumentSource, SourceEntry } from './types.ts'

/** Options of a memory source. */
export interface MemorySourceOptions {
  issues?: Issue[] | undefined
  secret?: string | undefined
  hash?: ((text: string) => string) | undefined
  normalise?: ((value: Record<string, unknown>) => Record<string, unknown>) | undefined
}

/**
 * A source of documents held in memory (exportJsonLd, the Studio's preview, Markdown articles).
 * Strings come out cleaned of stega encoding (a site's client may fetch with Visual Editing's
 * stega on), and one notice says so when any did.
 * @param documents the documents with their positions, in source order
 * @param options issues of the input itself, a secret no document may hold, and the hash of a
 *   document's JSON text for a driver that keeps a cache, and what to do to a clean document
 *   before anything reads it (the Studio's type names mapped to jobld's)
 * @returns the source
 */
export function memorySource(
  documents: ReadonlyArray<RawDocument>,
  options: MemorySourceOptions = {},
): DocumentSource {
  const issues = [...(options.issues ?? [])]
  const { secret, hash, normalise } = options
  const form = secret ? secretForm(secret) : ''
  return {
    issues,
    async *scan() {
      // In batches: a memory source can hold a million documents, and one batch of them all would be passed on at once.
      let entries: SourceEntry[] = []
      const stega = stegaTally()
      for (const { value: given, position, fieldPositions } of documents) {
        if (entries.length >= 1000) {
          yield entries
          entries = []
        }
        const cleaned = cleanStega(given)
        const value = normalise ? normalise(cleaned.value) : cleaned.value
        stega.add(value, cleaned.strings)
        // Hashed only for a driver that keeps a cache: the page signatures need each document's content hash.
        const text = hash || secret ? JSON.stringify(value) : ''
        const entry: SourceEntry = { hash: hash ? hash(text) : '', position, fieldPositions, handle: { value } }
        // A document holding the secret (in any case or disguise) is refused before any other check, whose messages could quote it.
        if (secret && form && holdsSecret(text, form)) {
          const refused = secretVerdict(value, secret)
          if ('issues' in refused) {
            issues.push(...refused.issues)
            continue
          }
          entry.check = refused.check
          entry.private = true
        }
        entries.push(entry)
      }
      const notice = stega.notice()
      if (notice) issues.push(notice)
      yield entries
    },
    parse(entry) {
      return { value: this.read(entry) }
    },
    read(entry) {
      if (!('value' in entry.handle)) throw new Error('Unexpected file handle in a memory source, expected a value')
      return entry.handle.value
    },
    close: () => undefined,
  }
}
