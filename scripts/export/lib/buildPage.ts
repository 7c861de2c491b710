import type { Issue } from '../../core/issue.ts'
import { validateJsonLd } from '../../core/jsonld/validateJsonLd.ts'
import { profileToGraph } from '../../core/jsonld/profileToGraph.ts'
import { vacancyToGraph } from '../../core/jsonld/vacancyToGraph.ts'
import type { IdOptions } from '../../core/jsonld/ids.ts'
import type { JsonLdGraph } from '../../core/jsonld/jsonLdGraph.ts'
import type { RenderMemo } from '../../core/jsonld/renderMemo.ts'
import type { ContentDocument } from '../../core/model/index.ts'
import type { Page } from './buildPages.ts'
import type { PagePlan } from './planPage.ts'

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
  const employer = doc(plan.employer, 'organization')
  const graph = vacancyToGraph(
    {
      vacancy,
      profile: doc(plan.profile, 'jobProfile'),
      tier: plan.tier === undefined ? undefined : doc(plan.tier, 'salaryTier'),
      employer,
    },
    options,
    memo,
  )
  // A confidential vacancy's page must not name its employer (the rule vacancyConfidentialName).
  const owner = { docId: vacancy._id, docType: 'vacancy', ...(vacancy.confidential === true ? { withheld: [employer.name] } : {}) }
  return { page: finish(plan, graph), issues: validateJsonLd(graph, owner) }
}

function isOfType<T extends ContentDocument['_type']>(doc: ContentDocument | undefined, type: T): doc is Extract<ContentDocument, { _type: T }> {
  return doc !== undefined && doc._type === type
}

function finish(plan: PagePlan, graph: JsonLdGraph): Page {
  const types = graph['@graph'].map((node) => node['@type'])
  return { kind: plan.kind, slug: plan.slug, path: plan.path, graph, sourceIds: plan.sourceIds, types }
}
