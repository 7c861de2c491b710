import { studioMessages, type StudioMessageId } from '../../scripts/core/messages/studioMessages.ts'

/**
 * A message in both languages as Sanity's validation takes it: Sanity picks the Studio's
 * language (`nl` for nl-NL, `en` otherwise).
 * @param id the message id
 * @returns the localized messages
 */
export function localizedMessage(id: StudioMessageId): { nl: string; en: string } {
  return { nl: studioMessages[id].nl({}), en: studioMessages[id].en({}) }
}

