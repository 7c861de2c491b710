import type { Issue } from '../issue.ts'
import { issueText } from '../messages/issueText.ts'

/** Counts what stega cleaning removed while a source is read, for one notice at the end. */
export interface StegaTally {
  /** Records a document of which `strings` strings carried stega encoding (0: nothing). */
  add(doc: Record<string, unknown>, strings: number): void
  /** The one notice saying what was cleaned, on the first document cleaned; undefined when nothing was. */
  notice(): Issue | undefined
}

/**
 * A tally of the documents stega cleaning changed, so that the report says it once, not once per document.
 * @returns the tally
 */
export function stegaTally(): StegaTally {
  let first: { id: string; type: string } | undefined
  let count = 0
  let strings = 0
  return {
    add(doc, found) {
      if (found === 0) return
      first ??= { id: typeof doc._id === 'string' ? doc._id : '(no _id)', type: typeof doc._type === 'string' ? doc._type : '(unknown)' }
      count += 1
      strings += found
    },
    notice() {
      if (!first) return undefined
      return { severity: 'notice', code: 'stega.cleaned', docId: first.id, docType: first.type, path: [], ...issueText('stega.cleaned', { count, strings }) }
    },
  }
}
