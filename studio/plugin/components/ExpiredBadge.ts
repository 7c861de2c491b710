import type { DocumentBadgeComponent } from 'sanity'
import { previewText } from '../../../schemas/lib/previewText.ts'
import { isExpired } from '../../../scripts/core/rules/lib/isExpired.ts'

/**
 * The "Verlopen" ("Expired") badge in the document header of a vacancy whose `validThrough` has
 * passed (in the version being edited, else the published one): the export leaves it out.
 * @param props the document's edit state
 * @returns the badge, or null when the vacancy is current
 */
export const ExpiredBadge: DocumentBadgeComponent = (props) => {
  const doc = props.version ?? props.draft ?? props.published
  if (!doc || !isExpired(doc.validThrough, new Date())) return null
  return { label: previewText('badge.expired'), title: previewText('badge.expired_title'), color: 'warning' }
}
