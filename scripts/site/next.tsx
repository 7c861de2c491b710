/**
 * `jobld/next`: JSON-LD in a Next.js App Router site. `JsonLd` is a server component that reads a
 * page from the exported folder at build or request time; `JsonLdScript` renders a page that
 * `exportJsonLd` made. Neither reads the clock: a build that exports with `--now` (or passes `now`
 * to exportJsonLd) prerenders statically.
 */
import type { ReactElement } from 'react'
import { readExportedPage, readManifest, type ManifestEntry } from './files.ts'

/** Which exported page to embed. */
export interface JsonLdProps {
  /** The page's slug. */
  slug: string
  /** `profile` (a career page, default) or `vacancy`. */
  kind?: ManifestEntry['kind']
  /** The folder `jobld export` wrote, relative to the site's working folder (default `jsonld`). */
  dir?: string
}

/**
 * The page's `<script type="application/ld+json">`, read from the exported folder (server only).
 * @param props slug, kind and folder
 * @returns the script element
 * @throws Error naming the slug and folder when the export has no such page (a build should fail, not ship a page without its data)
 */
export async function JsonLd({ slug, kind = 'profile', dir = 'jsonld' }: JsonLdProps): Promise<ReactElement> {
  const page = await readExportedPage(dir, slug, kind)
  if (!page) throw new Error(`Unexpected ${kind} "${slug}" missing from ${dir}/manifest.json, expected a page that jobld export wrote`)
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: page.scriptBody }} />
}

/**
 * The script element of a page from exportJsonLd (any runtime, no files).
 * @param props the page, as exportJsonLd returns it
 * @returns the script element
 */
export function JsonLdScript({ page }: { page: { html: string } }): ReactElement {
  const body = page.html.replace(/^<script type="application\/ld\+json">\n?/, '').replace(/<\/script>\n?$/, '')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: body }} />
}

/**
 * The slugs of the exported pages of one kind, for `generateStaticParams`.
 * @param kind `profile` or `vacancy`
 * @param dir the exported folder (default `jsonld`)
 * @returns `[{ slug }]` in manifest order
 */
export async function exportedSlugs(kind: ManifestEntry['kind'], dir = 'jsonld'): Promise<Array<{ slug: string }>> {
  const manifest = await readManifest(dir)
  return manifest.pages.filter((entry) => entry.kind === kind).map((entry) => ({ slug: entry.slug }))
}
