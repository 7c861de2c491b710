import type { ManifestEntry } from './renderFiles.ts'

/**
 * Where a page's `.jsonld` file lies in the output folder: a job profile's at the top, a
 * vacancy's under `vacatures/`. The one place the layout of the folder is declared; the manifest's
 * schema checks every entry against it.
 * @param kind the kind of page
 * @param slug the page's slug (already checked by the slug rule)
 * @returns the path, relative to the output folder
 */
export function pagePath(kind: ManifestEntry['kind'], slug: string): string {
  return kind === 'profile' ? `${slug}.jsonld` : `vacatures/${slug}.jsonld`
}

/**
 * The `.html` snippet beside a page's `.jsonld` file.
 * @param path the `.jsonld` file's path
 * @returns the `.html` file's path
 */
export function htmlPath(path: string): string {
  return path.replace(/\.jsonld$/, '.html')
}
