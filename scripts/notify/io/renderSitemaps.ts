import { ErrorLevel, SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'
import { planSitemapUpdate, SITEMAP_INDEX, type SitemapFilePlan, type SitemapLimits, type SitemapPage } from '../lib/planSitemaps.ts'
import type { ManifestFiles, ManifestFilesInput } from '../../export/lib/manifestPages.ts'
import { sortedManifestPages } from '../../export/lib/sortedManifestPages.ts'
import type { OutputFile } from '../../export/lib/renderFiles.ts'

// Plain sitemaps: none of the image, video or news extensions; xhtml only for the alternates of translated pages.
const PLAIN = { news: false, video: false, image: false, xhtml: false }

/**
 * The sitemap files of a new version of the output, written with the `sitemap` package:
 * `sitemap.xml`, an index of `sitemap-vacatures.xml` and `sitemap-beroepen.xml` (split by the
 * slugs' first characters past 1,000 URLs, scripts/notify/lib/planSitemaps.ts), each URL with
 * `<lastmod>` from its page's `updatedAt` when known and, for a page with translations,
 * `<xhtml:link rel="alternate" hreflang="…">` per language and `x-default`. For an update only the
 * files whose URLs may have changed are made, and the index only when the set of files changed;
 * they are the bytes a full export writes. An expired vacancy is not in the manifest, so it is
 * not in the sitemap. The index carries no `<lastmod>`: a file also changes when a URL leaves it,
 * which no page's `updatedAt` records, and the export's clock is not a content change.
 * Lives in an io/ folder because the `sitemap` package is built on Node streams (and imports
 * node:fs), which the pure library entry must not pull in; it touches no file itself.
 * @param input the new version's pages and, for an update, the current version's
 * @param baseUrl the base URL the site serves the pages and these files under
 * @param limits bounds per file (default jobld's)
 * @returns every sitemap file of the new version (index first) and those to write
 */
export async function renderSitemapFiles(input: ManifestFilesInput, baseUrl: string, limits?: SitemapLimits): Promise<ManifestFiles> {
  const plan = planSitemapUpdate(input, baseUrl, limits)
  const put: OutputFile[] = []
  if (plan.index) {
    const index = new SitemapIndexStream({ level: ErrorLevel.THROW })
    const xml = streamToPromise(index)
    for (const loc of plan.index) index.write({ url: loc })
    index.end()
    put.push({ path: SITEMAP_INDEX, content: (await xml).toString('utf8') })
  }
  for (const file of plan.files) put.push({ path: file.name, content: await renderFile(file) })
  return { files: plan.names, put }
}

/**
 * Every sitemap file of the given pages (renderSitemapFiles for a new output).
 * @param pages the manifest's entries (`path`, `kind`, optional `updatedAt`, `language`, `translationOf`)
 * @param baseUrl the base URL the site serves the pages and these files under
 * @param limits bounds per file (default jobld's)
 * @returns the files to add to the output folder, index first; none when there are no pages
 */
export async function renderSitemaps(pages: ReadonlyArray<SitemapPage>, baseUrl: string, limits?: SitemapLimits): Promise<OutputFile[]> {
  return (await renderSitemapFiles({ pages: sortedManifestPages(pages) }, baseUrl, limits)).put
}

async function renderFile(plan: SitemapFilePlan): Promise<string> {
  const xhtml = plan.urls.some((u) => u.alternates !== undefined)
  const stream = new SitemapStream({ xmlns: { ...PLAIN, xhtml }, level: ErrorLevel.THROW })
  const xml = streamToPromise(stream)
  // Written in one go rather than piped from an iterator: the stream buffers what it has not
  // transformed yet, and its output is collected whole anyway.
  for (const u of plan.urls)
    stream.write({
      url: u.loc,
      ...(u.lastmod ? { lastmod: u.lastmod } : {}),
      ...(u.alternates ? { links: u.alternates.map((a) => ({ lang: a.hreflang, url: a.href })) } : {}),
    })
  stream.end()
  return (await xml).toString('utf8')
}
