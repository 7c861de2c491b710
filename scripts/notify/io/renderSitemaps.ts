import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'
import { planSitemaps, type SitemapLimits, type SitemapPage } from '../lib/planSitemaps.ts'
import type { OutputFile } from '../../export/lib/renderFiles.ts'

// Plain sitemaps: none of the image, video or news extensions; xhtml only for the alternates of translated pages.
const PLAIN = { news: false, video: false, image: false, xhtml: false }

/**
 * The sitemap files of an export, written with the `sitemap` package: `sitemap.xml`, an index of
 * `sitemap-vacatures.xml` and `sitemap-beroepen.xml` (continued in `-2`, `-3`, … past 50,000
 * URLs or 50 MB), each URL with `<lastmod>` from its page's `updatedAt` when known and, for a
 * page with translations, `<xhtml:link rel="alternate" hreflang="…">` per language and
 * `x-default` (scripts/notify/lib/planSitemaps.ts). An expired vacancy is not in the manifest, so it is not
 * in the sitemap. The index carries no `<lastmod>`: a file also changes when a URL leaves it,
 * which no page's `updatedAt` records, and the export's clock is not a content change.
 * Lives in an io/ folder because the `sitemap` package is built on Node streams (and imports
 * node:fs), which the pure library entry must not pull in; it touches no file itself.
 * @param pages the manifest's entries (`path`, `kind`, optional `updatedAt`, `language`, `translationOf`)
 * @param baseUrl the base URL the site serves the pages and these files under
 * @param limits bounds per file (default the protocol's)
 * @returns the files to add to the output folder, index first; none when there are no pages
 */
export async function renderSitemaps(pages: ReadonlyArray<SitemapPage>, baseUrl: string, limits?: SitemapLimits): Promise<OutputFile[]> {
  const plans = planSitemaps(pages, baseUrl, limits)
  if (plans.length === 0) return []
  const files: OutputFile[] = []
  for (const plan of plans) {
    const xhtml = plan.urls.some((u) => u.alternates !== undefined)
    const stream = new SitemapStream({ xmlns: { ...PLAIN, xhtml }, level: ErrorLevel.THROW })
    const xml = streamToPromise(stream)
    // Written in one go rather than piped from an iterator: a file holds up to 50,000 URLs, and the
    // stream buffers what it has not transformed yet (its output is collected whole anyway).
    for (const u of plan.urls)
      stream.write({
        url: u.loc,
        ...(u.lastmod ? { lastmod: u.lastmod } : {}),
        ...(u.alternates ? { links: u.alternates.map((a) => ({ lang: a.hreflang, url: a.href })) } : {}),
      })
    stream.end()
    files.push({ path: plan.name, content: (await xml).toString('utf8') })
  }
  const index = new SitemapIndexStream({ level: ErrorLevel.THROW })
  const xml = streamToPromise(index)
  for (const plan of plans) index.write({ url: plan.loc })
  index.end()
  return [{ path: 'sitemap.xml', content: (await xml).toString('utf8') }, ...files]
}
