import type { StringRule } from 'sanity'
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

/**
 * A pattern rule with its message in the Studio's language.
 * @param rule the field's rule
 * @param pattern the pattern the value must match
 * @param name the pattern's name (shown by Sanity's own message when none is given)
 * @param id the message id
 * @returns the rule
 */
export function localizedRegex(rule: StringRule, pattern: RegExp, name: string, id: StudioMessageId): StringRule {
  return rule.regex(pattern, { name }).error(localizedMessage(id))
}
