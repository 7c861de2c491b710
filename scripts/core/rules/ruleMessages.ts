import type { Severity } from '../issue.ts'
import { allRules } from './allRules.ts'
import type { Rule, RuleMessage } from './declare/types.ts'

/** A rule's message with what the rule adds to it: the rule, the severity and the code. */
export interface RegisteredMessage extends RuleMessage {
  readonly rule: Rule
  readonly severity: Severity
  readonly code: string
}

/**
 * Every rule's message by id: part of jobld's one message catalogue (core/catalogue). A message
 * shared by several rules (Google's "required") is the same object in each; two different
 * messages under one id are a bug, refused here.
 */
export const ruleMessages: ReadonlyMap<string, RegisteredMessage> = (() => {
  const out = new Map<string, RegisteredMessage>()
  const declared = new Map<string, RuleMessage>()
  for (const rule of allRules)
    for (const [id, message] of Object.entries(rule.messages)) {
      const first = declared.get(id)
      if (first && first !== message) throw new Error(`Unexpected second message "${id}" in rule ${rule.name}, expected one declaration per message id`)
      declared.set(id, message)
      if (!first) out.set(id, { ...message, rule, severity: message.severity ?? rule.severity, code: message.code ?? id })
    }
  return out
})()

/**
 * Tells the id of a rule's message from any other string.
 * @param id an id, such as a zod issue's `params.rule`
 * @returns true for a message of a registered rule
 */
export function isRuleMessage(id: string): boolean {
  return ruleMessages.has(id)
}
