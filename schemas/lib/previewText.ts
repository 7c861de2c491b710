import { studioMessages, type StudioMessageId } from '../../scripts/core/messages/studioMessages.ts'
import type { MessageParams } from '../../scripts/core/messages/wording.ts'
import { studioLanguage } from './studioLanguage.ts'

/**
 * One of the plugin's words for a preview, in the Studio's language (previews run outside React).
 * @param id the message id
 * @param params the values it quotes
 * @returns the words
 */
export function previewText(id: StudioMessageId, params: MessageParams = {}): string {
  return studioMessages[id][studioLanguage()](params)
}
