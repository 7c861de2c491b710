import { studioMessages } from '../../../scripts/core/messages/studioMessages.ts'
import type { Language } from '../../../scripts/core/messages/wording.ts'

/** The perspective an editor selected, as Sanity's `usePerspective().selectedPerspective` gives it. */
export type SelectedPerspective = string | { _id?: unknown; name?: unknown; metadata?: unknown }

/**
 * Says which perspective the JSON-LD view shows: published (what the export reads now), drafts, or
 * a release by its title, with the command that checks the whole dataset as that release leaves it.
 * @param selected the selected perspective
 * @param language the Studio's language
 * @returns the sentence
 */
export function perspectiveNote(selected: SelectedPerspective, language: Language): string {
  if (selected === 'published') return studioMessages['view.perspective.published'][language]({})
  if (selected === 'drafts') return studioMessages['view.perspective.drafts'][language]({})
  // An id without its document (not loaded yet): the id is all there is to say.
  if (typeof selected === 'string') return studioMessages['view.perspective.release'][language]({ id: selected, title: selected })
  // A release document: `_.releases.<id>`, its id also in `name`, its title in `metadata.title`.
  const id = typeof selected.name === 'string' ? selected.name : typeof selected._id === 'string' ? selected._id.replace(/^_\.releases\./, '') : ''
  const metadata = selected.metadata
  const title = typeof metadata === 'object' && metadata !== null && 'title' in metadata && typeof metadata.title === 'string' && metadata.title !== '' ? metadata.title : id
  return studioMessages['view.perspective.release'][language]({ id, title })
}
