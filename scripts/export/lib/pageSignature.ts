import type { PagePlan } from './planPage.ts'
import { sha256Hex, type Sha256Hex } from '../../core/sha256Hex.ts'

/**
 * The signature of a page's inputs: its plan (its language and original among translations
 * too, which its manifest entry states) and the content hash of every source document, and
 * the base URL. Equal signatures give byte-identical files.
 * @param plan the page's plan
 * @param hashOf content hash of a document by `_id`
 * @param baseUrl the base URL, if any
 * @param hash SHA-256 (default: the pure JavaScript one)
 * @returns a hex sha256
 */
export function pageSignature(plan: PagePlan, hashOf: (id: string) => string | undefined, baseUrl: string | undefined, hash: Sha256Hex = sha256Hex): string {
  const parts = plan.kind === 'profile' ? [plan.profile, '[', ...plan.tiers, '[', ...plan.faq, '[', plan.publisher ?? ''] : [plan.vacancy, plan.profile, plan.tier ?? '', plan.employer]
  const sources = plan.sourceIds.map((id) => `${id}\u0000${hashOf(id) ?? ''}`)
  // Fields joined by NUL, which no id, slug or URL holds: cheaper than JSON for 100,000 pages.
  const text = [baseUrl ?? '', plan.kind, plan.path, plan.slug, ...parts, ']', ...sources, ']', plan.language ?? '', plan.translationOf ?? ''].join('\u0000')
  return hash(text)
}
