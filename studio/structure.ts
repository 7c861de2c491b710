import type { DefaultDocumentNodeResolver, StructureBuilder, StructureResolver } from 'sanity/structure'
import type { JsonLdViewOptions } from './components/JsonLdView.tsx'
import { LazyJsonLdView } from './components/LazyJsonLdView.tsx'
import { problems } from './problems.ts'

const apiVersion = '2025-02-19'

/** A desk item listing one document type under a Dutch title. */
function typeItem(S: StructureBuilder, id: string, title: string, type: string, ordering?: { field: string; direction: 'asc' | 'desc' }) {
  const list = S.documentTypeList(type).id(id).title(title).apiVersion(apiVersion)
  return S.listItem()
    .id(id)
    .title(title)
    .schemaType(type)
    .child(ordering ? list.defaultOrdering([ordering]) : list)
}

/**
 * The Dutch desk: one item per document type, then "Problemen" with the documents the
 * build would refuse.
 * @param S Sanity's structure builder
 * @returns the root list
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .id('inhoud')
    .title('Inhoud')
    .items([
      typeItem(S, 'beroepen', 'Beroepen', 'jobProfile', { field: 'title', direction: 'asc' }),
      typeItem(S, 'vacatures', 'Vacatures', 'vacancy', { field: 'datePosted', direction: 'desc' }),
      typeItem(S, 'salarisniveaus', 'Salarisniveaus', 'salaryTier', { field: 'rank', direction: 'asc' }),
      typeItem(S, 'veelgestelde-vragen', 'Veelgestelde vragen', 'faqEntry'),
      typeItem(S, 'organisaties', 'Organisaties', 'organization', { field: 'name', direction: 'asc' }),
      S.divider(),
      S.listItem()
        .id('problemen')
        .title('Problemen')
        .child(
          S.list()
            .id('problemen')
            .title('Problemen')
            .items(
              problems.map((p) =>
                S.listItem()
                  .id(p.id)
                  .title(p.title)
                  .schemaType(p.type)
                  .child(S.documentList().id(p.id).title(p.title).schemaType(p.type).filter(p.filter).apiVersion(apiVersion)),
              ),
            ),
        ),
    ])

/** The types that get the JSON-LD view: pages (profiles, vacancies) and what pages are made of. */
const jsonLdTypes: ReadonlySet<string> = new Set(['jobProfile', 'vacancy', 'salaryTier', 'faqEntry', 'organization'])

/** The base URL the build gets as JOBLD_BASE_URL; Sanity bundles only SANITY_STUDIO_* variables, read by name. */
const jsonLdOptions = { baseUrl: process.env.SANITY_STUDIO_JOBLD_BASE_URL || undefined } satisfies JsonLdViewOptions

/**
 * Every document opens with its form and, beside it, the "JSON-LD" view: what the export
 * writes for it, with the build's messages.
 * @param S Sanity's structure builder
 * @param context the document's schema type
 * @returns the document node with its views
 */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, { schemaType }) =>
  jsonLdTypes.has(schemaType)
    ? S.document().views([S.view.form().title('Bewerken'), S.view.component(LazyJsonLdView).id('json-ld').title('JSON-LD').options(jsonLdOptions)])
    : S.document()
