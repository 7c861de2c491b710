import { pageUrl } from '../../core/jsonld/ids.ts'

// A page's file is `<slug>.jsonld` or `<folder>/<slug>.jsonld` (scripts/export/lib/buildPages.ts).
const PAGE_PATH = /^(?:([a-z0-9]+(?:-[a-z0-9]+)*)\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\.jsonld$/

/**
 * The public URL of an exported page, built by the same function as the `url` the export puts
 * into the page's JSON-LD (scripts/core/jsonld/ids.ts), so the two cannot differ:
 * `customer-service-medewerker.jsonld` → `<base>/customer-service-medewerker`,
 * `vacatures/<slug>.jsonld` → `<base>/vacatures/<slug>`.
 * @param path the page's path in the manifest
 * @param baseUrl `--base-url`
 * @returns the URL, or undefined when the path is not a page path of the export
 */
export function notifyPageUrl(path: string, baseUrl: string): string | undefined {
  const match = PAGE_PATH.exec(path)
  if (!match?.[2]) return undefined
  return pageUrl({ baseUrl }, match[2], match[1])
}

/**
 * The path in the output of the page at a public URL: the inverse of {@link notifyPageUrl}.
 * @param url the page's URL
 * @param baseUrl `--base-url`
 * @returns `vacatures/<slug>.jsonld` or `<slug>.jsonld`, or undefined when the URL is not a page URL under the base URL
 */
export function notifyPagePath(url: string, baseUrl: string): string | undefined {
  const prefix = `${baseUrl.replace(/\/+$/, '')}/`
  if (!url.startsWith(prefix)) return undefined
  const path = `${url.slice(prefix.length)}.jsonld`
  return PAGE_PATH.test(path) && notifyPageUrl(path, baseUrl) === url ? path : undefined
}
