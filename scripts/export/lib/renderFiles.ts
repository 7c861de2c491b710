import { scriptTagFromJson, serializeJsonLd } from '../../core/html/serializeJsonLd.ts'
import type { Page } from './buildPages.ts'
import { sha256Hex, type Sha256Hex } from '../../core/sha256Hex.ts'
import { htmlPath } from './pagePath.ts'

/** A file to write, relative to the output folder. */
export interface OutputFile {
  path: string
  content: string
}

/** One entry of `manifest.json`. */
export interface ManifestEntry {
  path: string
  html: string
  kind: Page['kind']
  slug: string
  sourceIds: string[]
  types: string[]
  /** sha256 of the `.jsonld` file's bytes. */
  sha256: string
  /** The latest `_updatedAt` of the page's source documents, when every one has it (ISO 8601). */
  updatedAt?: string
  /** A page with translations: its language, as the translation metadata document keys it (`nl`, `en`). */
  language?: string
  /** A translation's original, as a page path (absent on the original itself): the group's `x-default`. */
  translationOf?: string
}

/** `manifest.json`: every page with its sources and hash; no timestamps, so it is reproducible. */
export interface Manifest {
  generator: 'jobld'
  version: 1
  pages: ManifestEntry[]
  /** Other files jobld wrote into the folder (the sitemaps), so that a later export removes only its own. */
  files?: string[]
}

/**
 * Serialises one page into its `.jsonld` file and its `.html` embed snippet.
 * @param page the page
 * @param hash SHA-256 for the manifest entry (default: the pure JavaScript one)
 * @returns the two files and the manifest entry
 */
export function renderPage(page: Page, hash: Sha256Hex = sha256Hex): { files: [OutputFile, OutputFile]; entry: ManifestEntry } {
  const jsonld = serializeJsonLd(page.graph)
  const html = htmlPath(page.path)
  return {
    files: [
      { path: page.path, content: jsonld },
      { path: html, content: scriptTagFromJson(jsonld) },
    ],
    entry: {
      path: page.path,
      html,
      kind: page.kind,
      slug: page.slug,
      sourceIds: page.sourceIds,
      types: page.types,
      sha256: hash(jsonld),
    },
  }
}

/**
 * Renders all pages plus `manifest.json`, in path order.
 * @param pages the pages (any order)
 * @returns the files to write
 */
export function renderFiles(pages: ReadonlyArray<Page>): OutputFile[] {
  const files: OutputFile[] = []
  const entries: ManifestEntry[] = []
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const rendered = renderPage(page)
    files.push(...rendered.files)
    entries.push(rendered.entry)
  }
  files.push(renderManifest(entries))
  return files
}

/**
 * Serialises `manifest.json`.
 * @param entries the pages' entries, in path order
 * @returns the manifest file
 */
export function renderManifest(entries: ReadonlyArray<ManifestEntry>, files: ReadonlyArray<string> = []): OutputFile {
  const manifest: Manifest = { generator: 'jobld', version: 1, pages: [...entries], ...(files.length ? { files: [...files] } : {}) }
  return { path: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` }
}

/**
 * The text of `manifest.json` in pieces, one per entry, for writing a manifest of a hundred
 * thousand pages without holding it whole; joined, the pieces equal renderManifest's content.
 * @param entries the pages' entries, in path order
 * @param files the other files jobld wrote, if any
 * @returns the pieces
 */
export function* manifestChunks(entries: Iterable<ManifestEntry>, files: ReadonlyArray<string> = []): Generator<string, void, undefined> {
  const tail = manifestTail(files)
  let first = true
  for (const entry of entries) {
    yield `${first ? manifestHead : ',\n'}${manifestEntryText(entry)}`
    first = false
  }
  yield first ? `${manifestHead.slice(0, -1)}]${tail}` : `\n  ]${tail}`
}

/** The text of `manifest.json` before its first page entry. */
export const manifestHead = `${JSON.stringify({ generator: 'jobld', version: 1 } satisfies Omit<Manifest, 'pages'>, null, 2).slice(0, -2)},\n  "pages": [\n`

/**
 * The text of `manifest.json` after the list of pages has closed: the other files jobld wrote.
 * @param files the other files, if any
 * @returns the text
 */
export function manifestTail(files: ReadonlyArray<string>): string {
  return files.length ? `,\n  "files": ${JSON.stringify(files, null, 2).replace(/\n/g, '\n  ')}\n}\n` : '\n}\n'
}

/**
 * One entry as JSON.stringify(manifest, null, 2) writes it two levels deep, written directly: a
 * manifest of a hundred thousand entries is then made in a fraction of the time. The keys are a
 * ManifestEntry's, in the order renderPage gives them (then updatedAt, language, translationOf, when set); the tests compare
 * the result with JSON.stringify's.
 * @param entry the entry
 * @returns its text, without the separator that follows it
 */
export function manifestEntryText(entry: ManifestEntry): string {
  const updated = entry.updatedAt === undefined ? '' : `,\n      "updatedAt": ${quote(entry.updatedAt)}`
  const language = entry.language === undefined ? '' : `,\n      "language": ${quote(entry.language)}`
  const original = entry.translationOf === undefined ? '' : `,\n      "translationOf": ${quote(entry.translationOf)}`
  return `    {\n      "path": ${quote(entry.path)},\n      "html": ${quote(entry.html)},\n      "kind": ${quote(entry.kind)},\n      "slug": ${quote(entry.slug)},\n      "sourceIds": ${list(entry.sourceIds)},\n      "types": ${list(entry.types)},\n      "sha256": ${quote(entry.sha256)}${updated}${language}${original}\n    }`
}

/** Characters a JSON string holds as they are: the common case of ids, slugs and paths. */
const PLAIN = /^[A-Za-z0-9 _\-.:/@]*$/

function quote(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text)
}

function list(items: ReadonlyArray<string>): string {
  return items.length === 0 ? '[]' : `[\n${items.map((item) => `        ${quote(item)}`).join(',\n')}\n      ]`
}
