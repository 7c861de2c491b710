import type { Config } from '../config/resolveConfig.ts'
import type { OrganizationDoc } from '../model/index.ts'

/**
 * Options that decide the IRIs of the nodes: the configuration's base URL of the career pages
 * (`https://www.example.nl/beroepen`). With it, nodes get `@id`s and `url`s under it; without it,
 * `urn:jobld:<_id>` identifiers that stay stable.
 */
export type IdOptions = Partial<Pick<Config, 'baseUrl' | 'projectId' | 'dataset'>>

const trimSlash = (url: string) => url.replace(/\/+$/, '')

/** The IRI of a profile's page, or undefined without a base URL. */
export function pageUrl(options: IdOptions, slug: string, folder?: string): string | undefined {
  if (!options.baseUrl) return undefined
  return `${trimSlash(options.baseUrl)}/${folder ? `${folder}/` : ''}${slug}`
}

/**
 * The `@id` of a node of a page: `<page url>#<fragment>`, or `urn:jobld:<_id>#<fragment>`.
 * @param options the base URL, if any
 * @param docId the source document
 * @param slug the page slug
 * @param fragment `occupation`, `faq`, `jobposting`
 * @param folder sub-folder of the page (`vacatures`)
 * @returns the IRI
 */
export function nodeId(options: IdOptions, docId: string, slug: string, fragment: string, folder?: string): string {
  return `${pageUrl(options, slug, folder) ?? `urn:jobld:${docId}`}#${fragment}`
}

/** The `@id` of an organisation: its own site's `#organization`, or a urn from its `_id`. */
export function organizationId(org: OrganizationDoc): string {
  return org.url ? `${trimSlash(org.url)}/#organization` : `urn:jobld:${org._id}`
}
