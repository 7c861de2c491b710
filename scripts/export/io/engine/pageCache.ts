/**
 * The page cache in the output's cache folder: the previous export's pages (their signature, types,
 * hash and issues) by path. It is trusted only when it describes the output exactly as it is now
 * (its header holds the hash of the manifest that export wrote), was written by the same code, with
 * the same base URL and from the same source, and every line's seal holds for the cache folder's
 * key and that version (scripts/export/lib/trust/sealedLine.ts); any doubt, and the export is a
 * full one.
 */
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { cacheHeaderLine, cachePagesLine, parseCacheHeader, parseCachePages, type CacheHeader, type CachedPage } from '../../lib/incrementalCache.ts'
import { openSealedLine, sealLine, type Mac } from '../../lib/trust/sealedLine.ts'
import { readNdjsonRawLines } from '../../../sources/readNdjson.ts'
import { writeChunks } from '../writeChunks.ts'

/** What a cache must match to be used. */
export interface PageCacheKey {
  tool: string
  baseUrl: string | null
  /** The kind of source (`ndjson`, `markdown`, `tarGz`) or the Content Lake dataset (`sanity://project/dataset`). */
  source: string
}

const BATCH = 1000
const HEADER = 'jobld-export-cache'
const lineContext = (version: string) => `jobld-export-pages\n${version}`

/**
 * Reads the previous pages, when the cache describes the current output.
 * @param file the cache file
 * @param key code, base URL and source it must have been written with
 * @param manifestHash hash of the output's current manifest.json
 * @param mac the cache folder's keyed digest
 * @param distrust told why, when the cache is for this output but a line does not match its seal
 * @returns the pages by path, or undefined
 */
export async function readPageCache(
  file: string,
  key: PageCacheKey,
  manifestHash: string,
  mac: Mac,
  distrust: (why: string) => void = () => undefined,
): Promise<Map<string, CachedPage> | undefined> {
  const pages = new Map<string, CachedPage>()
  let header: CacheHeader | undefined
  try {
    for await (const { bytes } of readNdjsonRawLines(file)) {
      const line = bytes.toString('utf8')
      if (!header) {
        const text = openSealedLine(mac, HEADER, line)
        // A sealed line that does not open was edited (or the key was); an unsealed one is an older jobld's.
        if (text === undefined && /^[\w-]{43} /.test(line)) distrust(`the first line of ${file} does not match its seal (edited?)`)
        header = text === undefined ? undefined : parseCacheHeader(text, { tool: `${key.tool}\u0000${key.source}`, baseUrl: key.baseUrl })
        if (!header || header.version !== manifestHash) return undefined
        continue
      }
      const text = openSealedLine(mac, lineContext(manifestHash), line)
      const batch = text === undefined ? undefined : parseCachePages(text)
      if (!batch) {
        distrust(`a line of ${file} does not match its seal (edited?)`)
        return undefined
      }
      for (const [path, page] of batch) pages.set(path, page)
    }
  } catch {
    return undefined
  }
  // A cache cut short is as good as none.
  if (!header || pages.size !== header.pages) return undefined
  return pages
}

/**
 * Writes the pages of the export just committed (beside, then renamed; a failure removes it).
 * @param file the cache file
 * @param key code, base URL and source
 * @param manifestHash hash of the manifest.json just written
 * @param pages every page by path
 * @param mac the cache folder's keyed digest
 */
export async function writePageCache(file: string, key: PageCacheKey, manifestHash: string, pages: ReadonlyMap<string, CachedPage>, mac: Mac): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`
  const header: CacheHeader = { format: 'jobld-export-cache', tool: `${key.tool}\u0000${key.source}`, baseUrl: key.baseUrl, version: manifestHash, pages: pages.size }
  function* lines() {
    yield `${sealLine(mac, HEADER, cacheHeaderLine(header).trimEnd())}\n`
    const all = [...pages]
    for (let i = 0; i < all.length; i += BATCH) yield `${sealLine(mac, lineContext(manifestHash), cachePagesLine(all.slice(i, i + BATCH)).trimEnd())}\n`
  }
  try {
    await mkdir(dirname(file), { recursive: true })
    await writeChunks(tmp, lines())
    await rename(tmp, file)
  } catch {
    await rm(tmp, { force: true })
    await rm(file, { force: true })
  }
}
