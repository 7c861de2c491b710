import type { Rule, RuleMessages } from './types.ts'

/**
 * Declares one content rule. The messages are declared first, so every check of the rule can
 * only report the rule's own message ids (the types hold them).
 * @param rule the rule: name, doc, severity, messages, a check per layer it runs in, examples
 * @returns the rule, as the registry lists it
 */
export function defineRule<const M extends RuleMessages>(rule: Rule<M>): Rule<M> {
  return rule
}
