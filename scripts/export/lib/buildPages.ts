import type { Graph } from 'schema-dts'
import type { Issue } from '../../core/issue.ts'
import { validateJsonLd } from '../../core/jsonld/validateJsonLd.ts'
import { profileToGraph } from '../../core/jsonld/profileToGraph.ts'
import { vacancyToGraph } from '../../core/jsonld/vacancyToGraph.ts'
import type { IdOptions } from '../../core/jsonld/ids.ts'
import type { RenderMemo } from '../../core/jsonld/renderMemo.ts'
import type { ContentDocument } from '../../core/model/index.ts'
import type { SlimDocument } from '../../core/validate/slimDocument.ts'
import { pagePath } from './pagePath.ts'

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

/** Which documents one page is built from: decided from slim documents, before any is rendered. */
export type PagePlan = {
  slug: string
  /** Path of the `.jsonld` file, relative to the output folder. */
  path: string
  /** As {@link Page.sourceIds}. */
  sourceIds: string[]
} & (
  | { kind: 'profile'; profile: string; tiers: string[]; faq: string[]; publisher: string | undefined }
  | { kind: 'vacancy'; vacancy: string; profile: string; tier: string | undefined; employer: string }
)

/**
 * Decides the pages of an export and the documents each is built from: every valid profile, and
 * every current vacancy whose references resolve. Reads slim documents only.
 * @param byId the valid documents (full or slim)
 * @param profileIds valid profiles in `_id` order
 * @param vacancyIds valid vacancies in `_id` order
 * @param expired vacancies that are left out
 * @returns the plans: profiles, then vacancies, each in `_id` order
 */
export function planPages(
  byId: ReadonlyMap<string, SlimDocument>,
  profileIds: ReadonlyArray<string>,
  vacancyIds: ReadonlyArray<string>,
  expired: ReadonlySet<string>,
): PagePlan[] {
  const find = (ref: { _ref: string } | undefined, type: SlimDocument['_type']) => {
    if (!ref) return undefined
    const doc = byId.get(ref._ref)
    return doc && doc._type === type ? doc._id : undefined
  }
  const plans: PagePlan[] = []
  for (const id of profileIds) {
    const profile = byId.get(id)
    if (profile?._type !== 'jobProfile') continue
    const tiers = (profile.salaryTiers ?? []).flatMap((r) => find(r, 'salaryTier') ?? [])
    const faq = (profile.faq ?? []).flatMap((r) => find(r, 'faqEntry') ?? [])
    const publisher = find(profile.publisher, 'organization')
    const slug = profile.slug.current
    plans.push({
      kind: 'profile',
      slug,
      path: pagePath('profile', slug),
      sourceIds: sortedUnique([id, ...tiers, ...faq, ...(publisher ? [publisher] : [])]),
      profile: id,
      tiers,
      faq,
      publisher,
    })
  }
  for (const id of vacancyIds) {
    const vacancy = byId.get(id)
    if (vacancy?._type !== 'vacancy' || expired.has(id)) continue
    const profile = find(vacancy.jobProfile, 'jobProfile')
    const employer = find(vacancy.hiringOrganization, 'organization')
    const tier = find(vacancy.salaryTier, 'salaryTier')
    if (!profile || !employer || (vacancy.salaryTier && !tier)) continue // checkAcrossDocuments reported why
    const slug = vacancy.slug.current
    plans.push({
      kind: 'vacancy',
      slug,
      path: pagePath('vacancy', slug),
      sourceIds: sortedUnique([id, profile, ...(tier ? [tier] : []), employer]),
      vacancy: id,
      profile,
      tier,
      employer,
    })
  }
  return plans
}

/**
 * Builds one planned page from the full documents and checks its JSON-LD.
 * @param plan the page's plan
 * @param get the full, valid document of an `_id`
 * @param options base URL for `@id`s
 * @param memo what other pages of the export built already
 * @returns the page and the issues its JSON-LD has
 */
export function buildPage(
  plan: PagePlan,
  get: (id: string) => ContentDocument | undefined,
  options: IdOptions,
  memo?: RenderMemo,
): { page: Page; issues: Issue[] } {
  const doc = <T extends ContentDocument['_type']>(id: string, type: T): Extract<ContentDocument, { _type: T }> => {
    const found = get(id)
    if (!isOfType(found, type)) throw new Error(`Unexpected missing ${type} "${id}" while building ${plan.path}, expected the document the plan was made from`)
    return found
  }
  if (plan.kind === 'profile') {
    const profile = doc(plan.profile, 'jobProfile')
    const graph = profileToGraph(
      {
        profile,
        tiers: plan.tiers.map((id) => doc(id, 'salaryTier')),
        faq: plan.faq.map((id) => doc(id, 'faqEntry')),
        publisher: plan.publisher === undefined ? undefined : doc(plan.publisher, 'organization'),
      },
      options,
      memo,
    )
    return { page: finish(plan, graph), issues: validateJsonLd(graph, { docId: profile._id, docType: 'jobProfile' }) }
  }
  const vacancy = doc(plan.vacancy, 'vacancy')
  const graph = vacancyToGraph(
    {
      vacancy,
      profile: doc(plan.profile, 'jobProfile'),
      tier: plan.tier === undefined ? undefined : doc(plan.tier, 'salaryTier'),
      employer: doc(plan.employer, 'organization'),
    },
    options,
    memo,
  )
  return { page: finish(plan, graph), issues: validateJsonLd(graph, { docId: vacancy._id, docType: 'vacancy' }) }
}

function isOfType<T extends ContentDocument['_type']>(doc: ContentDocument | undefined, type: T): doc is Extract<ContentDocument, { _type: T }> {
  return doc !== undefined && doc._type === type
}

function sortedUnique(ids: ReadonlyArray<string>): string[] {
  return [...new Set(ids)].sort()
}

function finish(plan: PagePlan, graph: Graph): Page {
  const types = graph['@graph'].map((node) => (typeof node === 'object' && '@type' in node ? String(node['@type']) : ''))
  return { kind: plan.kind, slug: plan.slug, path: plan.path, graph, sourceIds: plan.sourceIds, types }
}
