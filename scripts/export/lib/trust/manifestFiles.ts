import type { Manifest } from '../renderFiles.ts'

/**
 * Every file a manifest says jobld wrote: each page's two files, the other files (sitemaps) and
 * `manifest.json` itself.
 * @param manifest a manifest read with its schema (readManifestText)
 * @returns the paths, relative to the folder
 */
export function manifestFiles(manifest: Manifest): Set<string> {
  const files = new Set<string>(['manifest.json', ...(manifest.files ?? [])])
  for (const page of manifest.pages) {
    files.add(page.path)
    files.add(page.html)
  }
  return files
}
