import { scriptTagFromJson, serializeJsonLd } from '../../../core/html/serializeJsonLd.ts'
import type { Sha256Hex } from '../../../core/sha256Hex.ts'
import type { ManifestEntry } from '../renderFiles.ts'
import { outputFileKind } from './outputFileKind.ts'

const SCRIPT_OPEN = '<script type="application/ld+json">\n'
const SCRIPT_CLOSE = '</script>\n'
const SITEMAP = /^<\?xml version="1\.0" encoding="UTF-8"\?><(urlset|sitemapindex) xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9"[^>]*>[^]*<\/\1>$/

/**
 * Whether a file in an output folder still holds what jobld wrote there, by the manifest that
 * lists it: a page's `.jsonld` has the manifest's SHA-256, its `.html` is the snippet of exactly
 * that JSON-LD, a sitemap is one whole sitemap or index as jobld writes them (the manifest keeps no
 * hash of sitemaps). jobld removes a file only when this holds: a file someone changed is theirs.
 * @param path the file's path, relative to the folder
 * @param text the file's content, read as UTF-8
 * @param pages the manifest's pages by their `.jsonld` path
 * @param sha256 SHA-256 as hex
 * @returns true when the content is jobld's for that path
 */
export function isWrittenByJobld(path: string, text: string, pages: Pick<ReadonlyMap<string, ManifestEntry>, 'get'>, sha256: Sha256Hex): boolean {
  switch (outputFileKind(path)) {
    case 'jsonld':
      return pages.get(path)?.sha256 === sha256(text)
    case 'html': {
      const entry = pages.get(path.replace(/\.html$/, '.jsonld'))
      if (!entry || !text.startsWith(SCRIPT_OPEN) || !text.endsWith(SCRIPT_CLOSE)) return false
      let json: string
      try {
        // The snippet escapes characters as \uXXXX, which JSON reads back as the same value.
        json = serializeJsonLd(JSON.parse(text.slice(SCRIPT_OPEN.length, -SCRIPT_CLOSE.length)))
      } catch {
        return false
      }
      return sha256(json) === entry.sha256 && scriptTagFromJson(json) === text
    }
    case 'sitemap':
      return SITEMAP.test(text)
    case 'manifest':
    case undefined:
      return false
  }
}
