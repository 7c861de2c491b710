/**
 * `jobld/files`: reads an exported folder from Node (a site's build, a server component): the
 * manifest, typed, and one page's `.jsonld` and `.html` by slug. Pages are found through the
 * manifest, never by joining a slug into a path, so a slug from a URL cannot reach other files.
 * What is read is checked as the export checks it: the manifest by its schema (every path is a
 * page path inside the folder), no file through a link, and each page's bytes against the hash in
 * the manifest. Errors name the file and what is wrong, never what the file holds.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { scriptTagFromJson } from '../core/html/serializeJsonLd.ts'
import type { Manifest, ManifestEntry } from '../export/lib/renderFiles.ts'
import { readManifestText } from '../export/lib/parseManifest.ts'
import { lstatInside } from '../export/io/trust/lstatInside.ts'

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
  const [jsonld, html] = await Promise.all([readPlain(root, dir, entry.path), readPlain(root, dir, entry.html)])
  const notJobld = (path: string) => new Error(`Unexpected content of ${join(dir, path)}: it is not what jobld export wrote for ${kind} ${slug} (it does not match the manifest's hash), expected the export's own file; export again`)
  if (createHash('sha256').update(jsonld).digest('hex') !== entry.sha256) throw notJobld(entry.path)
  if (html !== scriptTagFromJson(jsonld)) throw notJobld(entry.html)
  let graph: unknown
  try {
    graph = JSON.parse(jsonld)
  } catch {
    // The parser's message quotes the text; the hash matched, so only an edited manifest gets here.
    throw notJobld(entry.path)
  }
  const scriptBody = html.replace(/^<script type="application\/ld\+json">\n?/, '').replace(/<\/script>\n?$/, '')
  return { entry, jsonld, graph, html, scriptBody }
}

/** Reads a file of the folder as UTF-8, through no link. */
async function readPlain(root: string, dir: string, path: string): Promise<string> {
  const found = await lstatInside(root, path)
  if (found.kind !== 'file')
    throw new Error(`Unexpected ${join(dir, found.kind === 'other' ? found.at : path)}: ${found.kind === 'absent' ? 'it is missing' : 'it is not a plain file (a link?)'}, expected the file jobld export wrote; export again`)
  return readFile(join(root, path), 'utf8')
}

async function loaded(dir: string) {
  const root = resolve(dir)
  const file = join(root, 'manifest.json')
  const found = await lstatInside(root, 'manifest.json').catch(() => ({ kind: 'absent' }) as const)
  if (found.kind === 'absent') throw new Error(`Unexpected folder ${dir} without manifest.json, expected a folder written by jobld export`)
  if (found.kind !== 'file') throw new Error(`Unexpected ${join(dir, 'manifest.json')}: it is not a plain file (a link?), expected the manifest jobld export wrote`)
  const info = found.stats
  const kept = manifests.get(file)
  if (kept && kept.mtimeMs === info.mtimeMs && kept.size === info.size) return kept
  const read = readManifestText(await readFile(file, 'utf8'))
  if (read.kind !== 'manifest')
    throw new Error(
      read.kind === 'damaged'
        ? `Unexpected ${join(dir, 'manifest.json')}: it is jobld's manifest, damaged or edited (${read.problem}), expected the manifest jobld export wrote; export again`
        : `Unexpected ${join(dir, 'manifest.json')}, expected the manifest.json of jobld export`,
    )
  const manifest = read.manifest
  const index = new Map(manifest.pages.map((entry) => [`${entry.kind}\u0000${entry.slug}`, entry]))
  const entry = { mtimeMs: info.mtimeMs, size: info.size, manifest, index }
  manifests.set(file, entry)
  return entry
}
