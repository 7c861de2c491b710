import type { Graph } from 'schema-dts'
import type { Issue } from './issue.ts'
import { validateJsonLd } from './jsonld/validateJsonLd.ts'
import { profileToGraph } from './jsonld/profileToGraph.ts'
import { vacancyToGraph } from './jsonld/vacancyToGraph.ts'
import type { IdOptions } from './jsonld/ids.ts'
import type { RawDocument } from './rawDocument.ts'
import { lookup, profileParts, type ContentIndex } from './validate/contentIndex.ts'
import { validateDocuments } from './validate/validateDocuments.ts'

/** Options of an export. */
export interface ExportOptions extends IdOptions {
  /** The clock for expiry of vacancies; a required input so that output is reproducible. */
  now: Date
  /** Treat warnings (missing recommended properties, …) as errors. */
  strict?: boolean | undefined
}

/** One page's JSON-LD, before serialisation. */
export interface Page {
  kind: 'profile' | 'vacancy'
  slug: string
  /** Path of the `.jsonld` file, relative to the output folder. */
  path: string
  graph: Graph
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
export function buildPages(raw: ReadonlyArray<RawDocument>, options: ExportOptions): PagesResult {
  const { index, issues, expired } = validateDocuments(raw, options)
  const pages: Page[] = []
  for (const profile of index.profiles) {
    const parts = profileParts(index, profile)
    const page = finish('profile', profile.slug.current, profileToGraph({ profile, ...parts }, options), [
      profile._id,
      ...parts.tiers.map((t) => t._id),
      ...parts.faq.map((f) => f._id),
      ...(parts.publisher ? [parts.publisher._id] : []),
    ])
    issues.push(...validateJsonLd(page.graph, { docId: profile._id, docType: 'jobProfile' }))
    pages.push(page)
  }
  for (const vacancy of index.vacancies) {
    if (expired.has(vacancy._id)) continue
    const parts = vacancyParts(index, vacancy)
    if (!parts) continue // its references did not resolve; validateDocuments reported why
    const page = finish('vacancy', vacancy.slug.current, vacancyToGraph(parts, options), [
      vacancy._id,
      parts.profile._id,
      ...(parts.tier ? [parts.tier._id] : []),
      parts.employer._id,
    ])
    issues.push(...validateJsonLd(page.graph, { docId: vacancy._id, docType: 'vacancy' }))
    pages.push(page)
  }
  if (options.strict) for (const issue of issues) if (issue.severity === 'warning') issue.severity = 'error'
  pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { pages, issues, ok: !issues.some((i) => i.severity === 'error') }
}

function vacancyParts(index: ContentIndex, vacancy: ContentIndex['vacancies'][number]) {
  const profile = lookup(index, vacancy.jobProfile, 'jobProfile')
  const employer = lookup(index, vacancy.hiringOrganization, 'organization')
  const tier = lookup(index, vacancy.salaryTier, 'salaryTier')
  if (!profile || !employer || (vacancy.salaryTier && !tier)) return undefined
  return { vacancy, profile, employer, tier }
}

function finish(kind: Page['kind'], slug: string, graph: Graph, sourceIds: string[]): Page {
  const types = graph['@graph'].map((node) => (typeof node === 'object' && '@type' in node ? String(node['@type']) : ''))
  return {
    kind,
    slug,
    path: kind === 'profile' ? `${slug}.jsonld` : `vacatures/${slug}.jsonld`,
    graph,
    sourceIds: [...new Set(sourceIds)].sort(),
    types,
  }
}
