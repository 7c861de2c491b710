/**
 * jobld's one message catalogue: every message the build reports and the Studio shows, by message
 * id, with its Dutch and English wording. The build prints English; the Studio words the same
 * issue in its own language. The content rules' messages live in each rule (scripts/core/rules),
 * the others in scripts/core/messages/issueMessages.ts; this is the one place that joins them.
 */
import { issueMessages } from '../messages/issueMessages.ts'
import type { Language, MessageParams, Wording, Words } from '../messages/wording.ts'
import { ruleMessages } from '../rules/ruleMessages.ts'

/** Every message of the build (content rules and other issues), by id. */
export const catalogue: Readonly<Record<string, Wording<Words>>> = { ...Object.fromEntries(ruleMessages), ...issueMessages }

/**
 * Words one message.
 * @param id the message id (a rule's code, an issue's code or its `messageId`)
 * @param params the values it quotes
 * @param language `en` for the build, the Studio's language in the Studio
 * @returns the sentence, or undefined for an id the catalogue does not have
 */
export function formatMessage(id: string, params: MessageParams, language: Language): string | undefined {
  return Object.hasOwn(catalogue, id) ? catalogue[id]?.[language](params) : undefined
}
