/**
 * jobld's one message catalogue: every message the build reports and the Studio shows, by message
 * id, with its Dutch and English wording. The build prints English; the Studio words the same
 * issue in its own language. The tables live beside this file by subject; this is the one place
 * that joins them.
 */
import { ruleMessages } from '../rules/violation.ts'
import { issueMessages } from './issueMessages.ts'
import type { Language, MessageParams, Wording, Words } from './wording.ts'

/** Every message of the build (content rules and other issues), by id. */
export const catalogue: Readonly<Record<string, Wording<Words>>> = { ...adapt(ruleMessages), ...issueMessages }

/** The content rules take their own params type; every rule param is a message param. */
function adapt(rules: typeof ruleMessages): Record<string, Wording<Words>> {
  const out: Record<string, Wording<Words>> = {}
  for (const [code, wording] of Object.entries(rules))
    out[code] = {
      en: (p) => wording.en(flat(p)),
      nl: (p) => wording.nl(flat(p)),
    }
  return out
}

/** Rule params are texts and numbers; a list (never given to a rule) is joined. */
function flat(p: MessageParams): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(p)) out[key] = typeof value === 'string' || typeof value === 'number' ? value : value.join(', ')
  return out
}

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
