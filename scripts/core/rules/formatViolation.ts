import type { Language } from '../messages/wording.ts'
import type { Violation } from './declare/types.ts'
import { ruleMessages } from './ruleMessages.ts'

/**
 * Words a violation in one language.
 * @param violation the violation from a rule
 * @param language `en` for the build, the Studio's language in the Studio
 * @returns the sentence
 * @throws Error for a message id no rule declares (a bug in jobld, caught by its tests)
 */
export function formatViolation(violation: Violation, language: Language): string {
  const message = ruleMessages.get(violation.code)
  if (!message) throw new Error(`Unexpected message id "${violation.code}", expected a message of a rule in scripts/core/rules/registry.ts`)
  return message[language](violation.params)
}
