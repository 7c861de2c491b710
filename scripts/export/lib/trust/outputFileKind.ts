import { maxSlugLength, slugPattern } from '../../../core/constants.ts'
import { htmlPath, pagePath } from '../pagePath.ts'

/** The kinds of file jobld writes into an output folder. */
export type OutputFileKind = 'jsonld' | 'html' | 'manifest' | 'sitemap'

/** `sitemap.xml`, `sitemap-vacatures.xml`, `sitemap-beroepen-kok-.xml`: a group, then the beginning of its slugs (scripts/notify/lib/planSitemaps.ts). */
const SITEMAP = new RegExp(`^sitemap(?:-[a-z0-9]+(?:-[a-z0-9-]{1,${maxSlugLength}})?)?\\.xml$`)

/**
 * What a path in an output folder is, when it is one of the files jobld writes there: a page's
 * `.jsonld` or `.html` (pagePath of a valid slug), `manifest.json`, or a sitemap. Nothing else is
 * ever written, replaced or removed by jobld, whatever a manifest or journal on disk says.
 * @param path a path relative to the output folder
 * @returns its kind, or undefined for a path jobld never writes
 */
export function outputFileKind(path: string): OutputFileKind | undefined {
  if (path === 'manifest.json') return 'manifest'
  if (SITEMAP.test(path)) return 'sitemap'
  const match = /^(?:vacatures\/)?([^/]+)\.(jsonld|html)$/.exec(path)
  const slug = match?.[1]
  if (!match || slug === undefined || slug.length > maxSlugLength || !slugPattern.test(slug)) return undefined
  const jsonld = pagePath(path.startsWith('vacatures/') ? 'vacancy' : 'profile', slug)
  if (match[2] === 'jsonld') return path === jsonld ? 'jsonld' : undefined
  return path === htmlPath(jsonld) ? 'html' : undefined
}
