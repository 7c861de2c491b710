import type { Config } from '../../core/config/resolveConfig.ts'
import type { Issue } from '../../core/issue.ts'
import type { JsonLdGraph } from '../../core/jsonld/jsonLdGraph.ts'
import type { RawDocument } from '../../core/rawDocument.ts'
import { exportInMemory } from './engine/exportInMemory.ts'

/** Options of an export: the configuration's clock, base URL, Sanity project, strictness and pay transparency (the EU table when not given) (scripts/core/config/resolveConfig.ts). */
export type ExportOptions = Pick<Config, 'now'> & Partial<Pick<Config, 'baseUrl' | 'projectId' | 'dataset' | 'strict' | 'payTransparency' | 'fieldLanguages'>>

/** One page's JSON-LD, before serialisation. */
export interface Page {
  kind: 'profile' | 'vacancy'
  slug: string
  /** Path of the `.jsonld` file, relative to the output folder. */
  path: string
  graph: JsonLdGraph
  /** `_id`s of every document the page was built from, sorted: the page changes when one of them does. */
  sourceIds: string[]
  /** The `@type`s in the graph, in graph order. */
  types: string[]
}

/** What an export produces: the pages, every issue, and whether it may be written. */
export interface PagesResult {
  pages: Page[]
  issues: Issue[]
  /** True when no issue is an error (after `strict` turned warnings into errors). */
  ok: boolean
}

/**
 * Validates documents from any source and builds the JSON-LD of every page: one per job profile
 * (Occupation, FAQPage, Organization) and one per current vacancy (JobPosting), each graph
 * checked against Google's rules and the schema.org vocabulary. Pure: no file system.
 * @param raw documents with their source positions
 * @param options clock, base URL and strictness
 * @returns pages in path order, issues, and the verdict
 */
export async function buildPages(raw: ReadonlyArray<RawDocument>, options: ExportOptions): Promise<PagesResult> {
  const { ok, pages, issues } = await exportInMemory(raw, options)
  return { ok, issues, pages: pages.map(({ kind, slug, path, graph, sourceIds, types }) => ({ kind, slug, path, graph, sourceIds, types })) }
}
