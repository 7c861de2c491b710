import type { Issue } from '../../../core/issue.ts'
import type { secretVerdict } from '../../../core/secrets/findSecret.ts'
import { entryId } from '../../lib/engine/entryId.ts'
import type { EntryChange, LoadContext } from '../../lib/engine/types.ts'
import type { StoredEntry } from '../../lib/store/contentStore.ts'
import type { DocumentFile } from '../store/documentFile.ts'

/** A document that holds the token: its verdict, or its issues alone (secretVerdict). */
type Refusal = ReturnType<typeof secretVerdict>

/** Where an entry's bytes came from, for the messages of the workers' checks. */
type Origin = (entry: StoredEntry) => { name: string; line?: number }

/**
 * The entries one batch of a loader (Content Lake, Markdown) stores in the document file: each new
 * entry is refused, or checked on the workers, and replaces its previous version.
 * @param context the load
 * @param file the document file the entries' bytes are in
 * @param issues where a refused document's issues go
 * @returns add and remove entries, then check them and take the changes to apply
 */
export function entryBatch(context: LoadContext, file: DocumentFile, issues: Issue[]) {
  const changes: EntryChange[] = []
  const unknown: StoredEntry[] = []
  let stored = 0
  /** An entry that is gone: its change, and its bytes no longer used. */
  const remove = (entry: StoredEntry, id: string | undefined) => {
    changes.push({ remove: entry.n, id })
    file.release(entry.at?.[1] ?? 0)
  }
  return {
    remove,
    /**
     * A new entry: refused (it holds the token: a verdict, or nothing kept but its issues), else to
     * be checked; then its previous version is removed.
     * @returns whether it is kept
     */
    add(entry: StoredEntry, refused?: Refusal, before?: { entry: StoredEntry; id: string | undefined }): boolean {
      if (refused && 'issues' in refused) {
        issues.push(...refused.issues)
        return false
      }
      if (refused) entry.check = refused.check
      else unknown.push(entry)
      if (before) remove(before.entry, before.id)
      changes.push({ put: entry, id: undefined })
      stored += 1
      return true
    },
    /** The changes so far (removals need no check). */
    changes: () => changes,
    /** How many entries are kept. */
    stored: () => stored,
    /**
     * Checks the entries that were not refused on the workers; each is filed under the `_id` its
     * verdict names (a document without one: no `_id`).
     * @param origin the source's name (and line) of an entry
     * @returns the changes, for context.apply
     */
    async check(origin: Origin): Promise<EntryChange[]> {
      const checks = await context.workers.check(unknown.map((entry) => ({ at: { file: file.path, offset: entry.at?.[0] ?? 0, length: entry.at?.[1] ?? 0, ...origin(entry) } })))
      unknown.forEach((entry, i) => {
        const check = checks[i]
        if (check) entry.check = check
      })
      for (const change of changes) if ('put' in change) change.id = entryId(change.put.check)
      return changes
    },
  }
}
