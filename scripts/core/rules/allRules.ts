import type { Rule } from './declare/types.ts'
import * as registry from './registry.ts'

/** One of the registry's rules, with its own messages. */
export type RegisteredRule = (typeof registry)[keyof typeof registry]

/** Every rule of the registry, in the order of their names: the order every layer runs them in. */
export const allRules: readonly Rule[] = Object.values(registry).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

/** The id of any rule's message. */
export type RuleMessageId = RegisteredRule extends infer R ? (R extends { readonly messages: infer M } ? keyof M & string : never) : never
