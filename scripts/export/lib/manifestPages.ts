import type { ManifestEntry } from './renderFiles.ts'

/** A page as the manifest lists it, in brief: what the sitemaps need. */
export type ManifestPage = Pick<ManifestEntry, 'path' | 'kind' | 'updatedAt' | 'language' | 'translationOf'>

/**
 * The pages of one version of the output, asked for by ranges of paths in path order (the
 * manifest's order): what files made from the manifest (the sitemaps) read, so that an update
 * reads only the ranges it changes. Ranges are half-open, `[from, to)`, compared as JavaScript
 * strings (the manifest's paths are ASCII).
 */
export interface ManifestPages {
  /** How many pages have a path in [from, to). */
  count(from: string, to: string): number
  /** The first path in [from, to), if any. */
  first(from: string, to: string): string | undefined
  /** The pages with a path in [from, to), in path order. */
  range(from: string, to: string): ManifestPage[]
  /**
   * The members of the translation group whose key is `key` (translationKey: the path of the
   * group's original), in path order: what a sitemap lists as one page's alternates.
   */
  translations(key: string): ManifestPage[]
}

/**
 * Which translation group a page belongs to: the path of its original (`translationOf`), or its
 * own path when it is the original; undefined for a page that names no language (in no group).
 * @param page the page in brief
 * @returns the group's key, or undefined
 */
export function translationKey(page: ManifestPage): string | undefined {
  return page.language === undefined ? undefined : (page.translationOf ?? page.path)
}

/** What the files made from the manifest are made from: the new version's pages and, for an update, the current version. */
export interface ManifestFilesInput {
  pages: ManifestPages
  /** The current version, when only what changed is to be made again: its pages, its other files (as its manifest lists them) and the paths whose entries changed. */
  previous?: { pages: ManifestPages; files: ReadonlyArray<string>; changed: ReadonlyArray<string> } | undefined
}

/** The files made from the manifest for a new version. */
export interface ManifestFiles {
  /** Every such file of the new version, in the manifest's order: the ones not in `put` stay as they are. */
  files: string[]
  /** The files to write. */
  put: Array<{ path: string; content: string }>
}

/**
 * A manifest entry in brief.
 * @param entry the entry
 * @returns its path, kind and, when set, updatedAt, language and translationOf
 */
export function manifestPage({ path, kind, updatedAt, language, translationOf }: ManifestEntry | ManifestPage): ManifestPage {
  return { path, kind, ...(updatedAt !== undefined ? { updatedAt } : {}), ...(language !== undefined ? { language } : {}), ...(translationOf !== undefined ? { translationOf } : {}) }
}
