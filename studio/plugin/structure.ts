import type { ListItemBuilder, StructureBuilder, StructureResolver, StructureResolverContext } from 'sanity/structure'
import { studioMessages, type StudioMessageId } from '../../scripts/core/messages/studioMessages.ts'
import { languageOfLocale, type Language } from '../../scripts/core/messages/wording.ts'
import type { DocumentType } from '../../scripts/core/model/documentTypes.ts'
import { resolveJobldOptions, type JobldOptions, type ResolvedJobldOptions } from './options.ts'
import { problems } from './problems.ts'

const apiVersion = '2025-02-19'

/** The desk item of one of jobld's document types: its id (also the URL segment), title and default order. */
const typeItems: ReadonlyArray<{ type: DocumentType; id: string; title: StudioMessageId; ordering?: { field: string; direction: 'asc' | 'desc' } }> = [
  { type: 'jobProfile', id: 'beroepen', title: 'desk.profiles', ordering: { field: 'title', direction: 'asc' } },
  { type: 'vacancy', id: 'vacatures', title: 'desk.vacancies', ordering: { field: 'datePosted', direction: 'desc' } },
  { type: 'salaryTier', id: 'salarisniveaus', title: 'desk.tiers', ordering: { field: 'rank', direction: 'asc' } },
  { type: 'faqEntry', id: 'veelgestelde-vragen', title: 'desk.faq' },
  { type: 'organization', id: 'organisaties', title: 'desk.organizations', ordering: { field: 'name', direction: 'asc' } },
]

/** jobld's words in the Studio's language (the structure resolver runs outside React, with the locale in its context). */
function words(context: StructureResolverContext): (id: StudioMessageId) => string {
  const language: Language = languageOfLocale(context.i18n.currentLocale.id)
  return (id) => studioMessages[id][language]({})
}

function items(S: StructureBuilder, context: StructureResolverContext, options: ResolvedJobldOptions): ListItemBuilder[] {
  const t = words(context)
  const { names } = options
  const lists = typeItems
    // The Studio's own organisation type is the Studio's to place.
    .filter((item) => item.type !== 'organization' || !options.ownOrganization)
    .map(({ type, id, title, ordering }) => {
      const list = S.documentTypeList(names[type]).id(id).title(t(title)).apiVersion(apiVersion)
      return S.listItem()
        .id(id)
        .title(t(title))
        .schemaType(names[type])
        .child(ordering ? list.defaultOrdering([ordering]) : list)
    })
  const problemItems = problems(names).map((p) =>
    S.listItem()
      .id(p.id)
      .title(t(p.title))
      .schemaType(names[p.type])
      .child(S.documentList().id(p.id).title(t(p.title)).schemaType(names[p.type]).filter(p.filter).apiVersion(apiVersion)),
  )
  return [...lists, S.listItem().id('problemen').title(t('desk.problems')).child(S.list().id('problemen').title(t('desk.problems')).items(problemItems))]
}

/**
 * jobld's desk items for a Studio's own structure: one list per jobld document type, then
 * "Problemen" ("Problems") with the documents the build would refuse, titled in the Studio's language.
 * @param S Sanity's structure builder
 * @param context the structure resolver's context (for the locale)
 * @param options the options given to `jobld(options)`
 * @returns the list items, to place in the Studio's own list
 */
export function jobldStructure(S: StructureBuilder, context: StructureResolverContext, options: JobldOptions = {}): ListItemBuilder[] {
  return items(S, context, resolveJobldOptions(options))
}

/**
 * A whole desk for a Studio with no structure of its own: the Studio's own document types as
 * Sanity lists them, then jobld's items (jobldStructure).
 * @param options the options given to `jobld(options)`
 * @returns the structure resolver for `structureTool({ structure })`
 */
export function jobldDefaultStructure(options: JobldOptions = {}): StructureResolver {
  const resolved = resolveJobldOptions(options)
  const jobldTypes = new Set(
    typeItems.filter((item) => item.type !== 'organization' || !resolved.ownOrganization).map((item) => resolved.names[item.type]),
  )
  return (S, context) => {
    const own = S.documentTypeListItems().filter((item) => {
      const id = item.getId()
      return id === undefined || !jobldTypes.has(id)
    })
    return S.list()
      .id('inhoud')
      .title(words(context)('desk.root'))
      .items([...own, ...(own.length > 0 ? [S.divider()] : []), ...items(S, context, resolved)])
  }
}
