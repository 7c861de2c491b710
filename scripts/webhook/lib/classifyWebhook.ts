import { documentTypes, type DocumentTypeNames } from '../../core/model/documentTypes.ts'
import type { WebhookBody } from './webhookEvent.ts'

/**
 * Whether a delivery concerns the export: a published document of one of jobld's types (under the
 * Studio's names, `--types`). Drafts and release versions are never exported, and other types
 * (the site's own posts) make no page.
 * @param body the delivery's body
 * @param names the Studio's names of jobld's document types
 * @returns undefined when it matters, else why it is ignored (a clause)
 */
export function ignoredWebhook(body: WebhookBody, names: DocumentTypeNames): string | undefined {
  if (body._id.startsWith('drafts.')) return 'a draft is never exported'
  if (body._id.startsWith('versions.')) return 'a release version is never exported'
  const known = new Set(documentTypes.map((type) => names[type]))
  if (!known.has(body._type)) return `type ${body._type} is not one of jobld's (${[...known].join(', ')})`
  return undefined
}
