import { readFile } from 'node:fs/promises'
import { exportJsonLd, formatReport, type ExportedPage } from 'jobld'

/**
 * The site's documents. A site on Sanity queries its dataset here, e.g. with `@sanity/client`:
 * `client.fetch('*[!(_id in path("drafts.**"))]')`; this example reads the NDJSON that
 * `jobld import` wrote in `prebuild`.
 */
async function documents(): Promise<Array<Record<string, unknown>>> {
  const text = await readFile('documents.ndjson', 'utf8')
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line))
}

let pages: Promise<ExportedPage[]> | undefined

/**
 * Every current vacancy's page, built once per build. The clock is an input, fixed here (as
 * `--now` in `prebuild`) so that the example builds the same pages every day; a site passes its
 * build's date, e.g. `env: { BUILD_DATE: new Date().toISOString() }` in next.config.ts and
 * `now: process.env.BUILD_DATE ?? ''` here.
 */
function vacancyPages(): Promise<ExportedPage[]> {
  pages ??= documents().then(async (docs) => {
    const result = await exportJsonLd(docs, { now: '2026-11-26', baseUrl: 'https://www.example.nl/beroepen' })
    if (!result.ok) throw new Error(formatReport(result.issues))
    return result.pages.filter((page) => page.kind === 'vacancy')
  })
  return pages
}

/** The slugs of the current vacancies, for `generateStaticParams`. */
export async function vacancySlugs(): Promise<Array<{ slug: string }>> {
  return (await vacancyPages()).map((page) => ({ slug: page.slug }))
}

/** One vacancy's page; a slug without one fails the build. */
export async function vacancy(slug: string): Promise<ExportedPage> {
  const page = (await vacancyPages()).find((candidate) => candidate.slug === slug)
  if (!page) throw new Error(`Unexpected vacancy "${slug}", expected one of the current vacancies`)
  return page
}
