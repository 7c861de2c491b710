import type { Issue } from '../../../core/issue.ts'
import type { RawDocument } from '../../../core/rawDocument.ts'
import { secretVerdict } from '../../../core/secrets/findSecret.ts'
import { holdsSecret } from '../../../core/secrets/holdsSecret.ts'
import { secretForm } from '../../../core/secrets/secretForm.ts'
import type { DocumentSource, SourceEntry } from './types.ts'

/**
 * A source of documents held in memory (exportJsonLd, the Studio's preview, Markdown articles).
 * @param documents the documents with their positions, in source order
 * @param options issues of the input itself, a secret no document may hold, and the hash of a
 *   document's JSON text for a driver that keeps a cache
 * @returns the source
 */
export function memorySource(
  documents: ReadonlyArray<RawDocument>,
  options: { issues?: Issue[]; secret?: string | undefined; hash?: ((text: string) => string) | undefined } = {},
): DocumentSource {
  const issues = [...(options.issues ?? [])]
  const { secret, hash } = options
  const form = secret ? secretForm(secret) : ''
  return {
    issues,
    async *scan() {
      // In batches: a memory source can hold a million documents, and one batch of them all would be passed on at once.
      let entries: SourceEntry[] = []
      for (const { value, position, fieldPositions } of documents) {
        if (entries.length >= 1000) {
          yield entries
          entries = []
        }
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
