/**
 * `jobld/files`: reads an exported folder from Node (a site's build, a server component): the
 * manifest, typed, and one page's `.jsonld` and `.html` by slug. Pages are found through the
 * manifest, never by joining a slug into a path, so a slug from a URL cannot reach other files.
 */
import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Manifest, ManifestEntry } from '../export/lib/renderFiles.ts'
import { parseManifest } from '../export/lib/parseManifest.ts'

export type { Manifest, ManifestEntry }

/** One exported page: its manifest entry, its JSON-LD text and graph, and its `<script>` snippet. */
export interface ExportedFile {
  entry: ManifestEntry
  /** The `.jsonld` file's text. */
  jsonld: string
  /** The parsed graph (`{"@context", "@graph"}`). */
  graph: unknown
  /** The `.html` snippet: `<script type="application/ld+json">…</script>`, safe to put in a page as it is. */
  html: string
  /** The script's body alone (the JSON, escaped for HTML), for frameworks that render the element themselves. */
  scriptBody: string
}

/** Manifests by folder, kept while the file is unchanged: a site build reads one per page. */
const manifests = new Map<string, { mtimeMs: number; size: number; manifest: Manifest; index: Map<string, ManifestEntry> }>()

/**
 * Reads the manifest of an exported folder.
 * @param dir the folder `jobld export` wrote (relative to the working folder)
 * @returns the manifest
 * @throws Error naming the folder when it holds no jobld manifest
 */
export async function readManifest(dir: string): Promise<Manifest> {
  return (await loaded(dir)).manifest
}

/**
 * Reads one page of an exported folder.
 * @param dir the folder `jobld export` wrote
 * @param slug the page's slug (a job profile's, or a vacancy's with `kind: 'vacancy'`)
 * @param kind `profile` (default) or `vacancy`
 * @returns the page, or undefined when the folder has no such page
 */
export async function readExportedPage(dir: string, slug: string, kind: ManifestEntry['kind'] = 'profile'): Promise<ExportedFile | undefined> {
  const { index } = await loaded(dir)
  const entry = index.get(`${kind}\u0000${slug}`)
  if (!entry) return undefined
  const root = resolve(dir)
  const [jsonld, html] = await Promise.all([readFile(join(root, entry.path), 'utf8'), readFile(join(root, entry.html), 'utf8')])
  const scriptBody = html.replace(/^<script type="application\/ld\+json">\n?/, '').replace(/<\/script>\n?$/, '')
  return { entry, jsonld, graph: JSON.parse(jsonld), html, scriptBody }
}

async function loaded(dir: string) {
  const file = join(resolve(dir), 'manifest.json')
  const info = await stat(file).catch(() => undefined)
  if (!info) throw new Error(`Unexpected folder ${dir} without manifest.json, expected a folder written by jobld export`)
  const kept = manifests.get(file)
  if (kept && kept.mtimeMs === info.mtimeMs && kept.size === info.size) return kept
  const manifest = parseManifest(await readFile(file, 'utf8'))
  if (!manifest) throw new Error(`Unexpected ${file}, expected the manifest.json of jobld export`)
  const index = new Map(manifest.pages.map((entry) => [`${entry.kind}\u0000${entry.slug}`, entry]))
  const entry = { mtimeMs: info.mtimeMs, size: info.size, manifest, index }
  manifests.set(file, entry)
  return entry
}
