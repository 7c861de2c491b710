import type { DefaultDocumentNodeResolver } from 'sanity/structure'
import { studioMessages } from '../../scripts/core/messages/studioMessages.ts'
import { languageOfLocale } from '../../scripts/core/messages/wording.ts'
import { documentTypes } from '../../scripts/core/model/documentTypes.ts'
import type { JsonLdViewOptions } from './components/JsonLdView.tsx'
import { LazyJsonLdView } from './components/LazyJsonLdView.tsx'
import { resolveJobldOptions, type JobldOptions } from './options.ts'

/**
 * Every jobld document opens with its form and, beside it, the "JSON-LD" view: what the export
 * writes for it, with the build's messages in the Studio's language. Other documents keep
 * Sanity's default.
 * @param options the options given to `jobld(options)`
 * @returns the resolver for `structureTool({ defaultDocumentNode })`
 */
export function jobldDocumentNode(options: JobldOptions = {}): DefaultDocumentNodeResolver {
  const resolved = resolveJobldOptions(options)
  const types: ReadonlySet<string> = new Set(documentTypes.map((key) => resolved.names[key]))
  const viewOptions = { baseUrl: resolved.baseUrl, names: resolved.names, payTransparency: resolved.payTransparency, fieldLanguages: resolved.fieldLanguages } satisfies JsonLdViewOptions
  return (S, context) => {
    if (!types.has(context.schemaType)) return S.document()
    const language = languageOfLocale(context.i18n.currentLocale.id)
    return S.document().views([
      S.view.form().title(studioMessages['view.form_tab'][language]({})),
      S.view.component(LazyJsonLdView).id('json-ld').title(studioMessages['view.tab'][language]({})).options(viewOptions),
    ])
  }
}
