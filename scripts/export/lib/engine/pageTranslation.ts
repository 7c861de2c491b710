import type { CrossView } from '../../../core/validate/crossView.ts'
import { validDocument } from '../../../core/validate/validDocument.ts'
import { pagePath } from '../pagePath.ts'
import type { ContentStore } from '../store/contentStore.ts'
import { translationGroups } from './applyEntries.ts'

/**
 * Where a page stands among its translations, for its manifest entry and the sitemaps' alternates:
 * its language as the translation metadata document keys it, and, for a translation, the path of
 * its original's page (the group's first member, as `@sanity/document-internationalization` lists
 * them). A document in no group gets nothing; of two metadata documents naming it, the first by
 * `_id` counts.
 * @param store the store's index of translation groups (translationGroups: a member → the metadata documents naming it)
 * @param view the dataset
 * @param id the `_id` of the document heading the page
 * @returns `language` and `translationOf`, or nothing
 */
export function pageTranslation(store: Pick<ContentStore, 'multi'>, view: CrossView, id: string): { language?: string; translationOf?: string } {
  for (const referrer of translationGroups(store).values(id)) {
    const entries = view.entries(referrer)
    const check = entries[0]?.check
    if (entries.length !== 1 || check?.kind !== 'translations') continue
    const own = check.members.find((member) => member.id === id)
    if (!own) continue
    const original = check.members[0]
    if (!original || original.id === id) return { language: own.language }
    const doc = validDocument(view, original.id)
    if (doc?._type === 'jobProfile') return { language: own.language, translationOf: pagePath('profile', doc.slug.current) }
    if (doc?._type === 'vacancy') return { language: own.language, translationOf: pagePath('vacancy', doc.slug.current) }
    return { language: own.language }
  }
  return {}
}
