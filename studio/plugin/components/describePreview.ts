import { studioMessages } from '../../../scripts/core/messages/studioMessages.ts'
import type { Language } from '../../../scripts/core/messages/wording.ts'
import type { PagePreview } from '../../../scripts/export/lib/previewPage.ts'

/** What the view says above the JSON-LD: a tone for the card and a sentence. */
export interface PreviewStatus {
  tone: 'positive' | 'caution' | 'critical'
  /** What the export does with the page, and why when it writes nothing, in the Studio's language. */
  text: string
}

/**
 * Says what the export does with a page, from `previewPage`'s status (its English `reason` says
 * the same for the build's users).
 * @param preview the result of previewPage
 * @param language the Studio's language (Dutch by default)
 * @returns the tone and the sentence
 */
export function describePreview(preview: PagePreview, language: Language = 'nl'): PreviewStatus {
  const errors = preview.issues.filter((i) => i.severity === 'error').length
  const warnings = preview.issues.filter((i) => i.severity === 'warning').length
  const say = (id: keyof typeof studioMessages, params = {}) => studioMessages[id][language](params)
  switch (preview.status) {
    case 'written':
      return { tone: warnings > 0 ? 'caution' : 'positive', text: say('status.written', { path: preview.page?.path ?? '', warnings }) }
    case 'refused':
      return { tone: 'critical', text: say('status.refused', { errors }) }
    case 'expired':
      return { tone: 'caution', text: say('status.expired') }
    case 'none':
      return errors > 0 ? { tone: 'critical', text: say('status.none_errors') } : { tone: 'caution', text: say('status.none') }
  }
}
