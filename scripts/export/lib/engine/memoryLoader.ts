import type { Issue } from '../../../core/issue.ts'
import type { RawDocument } from '../../../core/rawDocument.ts'
import { secretVerdict } from '../../../core/secrets/findSecret.ts'
import type { StoredEntry } from '../store/contentStore.ts'
import { entryId } from './entryId.ts'
import type { EntryChange, Loader } from './types.ts'
import { secretForm } from '../../../core/secrets/secretForm.ts'
import { holdsSecret as holdsSecretText } from '../../../core/secrets/holdsSecret.ts'

/** Documents per batch handed to the workers and the store. */
const BATCH = 2000

/**
 * A loader of documents held in memory (exportJsonLd, the Studio's preview, a release's view of
 * an export): every document is an entry, in the order given. Run against a store it filled
 * before, it replaces every entry (memory sources are small, and read whole anyway).
 * @param documents the documents with their positions, in source order
 * @param options issues of the input itself, a secret no document may hold, the hash of a
 *   document's JSON text for a driver that keeps pages between runs, and the kind and identity of the source
 * @returns the loader
 */
export function memoryLoader(
  documents: ReadonlyArray<RawDocument>,
  options: { issues?: ReadonlyArray<Issue>; secret?: string | undefined; hash?: ((text: string) => string) | undefined; kind?: Loader['kind']; identity?: string } = {},
): Loader {
  const issues = [...(options.issues ?? [])]
  const { secret, hash } = options
  let holdsSecret = false
  return {
    kind: options.kind ?? 'memory',
    identity: options.identity ?? '',
    name: '',
    get holdsSecret() {
      return holdsSecret
    },
    async load(context) {
      const removals: EntryChange[] = []
      if (!context.full) {
        for (const [id, record] of context.store.docs.entries()) for (const entry of record.entries) removals.push({ remove: entry.n, id })
        for (const [, entry] of context.store.strays.entries()) removals.push({ remove: entry.n, id: undefined })
      }
      context.apply(removals)
      for (let start = 0; start < documents.length; start += BATCH) {
        const batch: Array<{ entry: StoredEntry }> = []
        const unknown: StoredEntry[] = []
        for (const { value, position, fieldPositions } of documents.slice(start, start + BATCH)) {
          // Hashed only for a driver that keeps pages: their signatures hold each document's content hash.
          const text = hash || secret ? JSON.stringify(value) : ''
          const entry: StoredEntry = {
            n: context.nextEntry(),
            hash: hash ? hash(text) : '',
            check: { kind: 'missingId', docType: '', idText: '' },
            value,
            position,
            fields: fieldPositions ? [...fieldPositions] : undefined,
          }
          // A document holding the secret is refused before any other check, whose messages could quote it.
          if (secret && holdsSecretText(text, secretForm(secret))) {
            holdsSecret = true
            const refused = secretVerdict(value, secret)
            if ('issues' in refused) {
              issues.push(...refused.issues)
              continue
            }
            entry.check = refused.check
          } else unknown.push(entry)
          batch.push({ entry })
        }
        const checks = await context.workers.check(unknown.map((entry) => ({ at: { value: entry.value ?? {} } })))
        unknown.forEach((entry, i) => {
          const check = checks[i]
          if (check) entry.check = check
        })
        context.apply(batch.map(({ entry }): EntryChange => ({ put: entry, id: entryId(entry.check) })))
      }
    },
    position: (entry) => entry.position,
    order: (entry) => entry.n,
    locate: (entry) => ({ value: entry.value ?? {} }),
    issues: () => issues,
    close: () => undefined,
  }
}
