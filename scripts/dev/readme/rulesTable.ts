import type { Layer, Rule } from '../../core/rules/declare/types.ts'

/** The words for each layer, in the order the table lists them. */
const layerNames: ReadonlyArray<[Layer, string]> = [
  ['document', 'document'],
  ['studio', 'Studio (Content Lake)'],
  ['across', 'across documents'],
  ['jsonld', 'JSON-LD'],
]

/** The layers a rule runs in. */
const layersOf = (rule: Rule) => layerNames.flatMap(([layer, name]) => (rule[layer] ? [name] : []))

/** A table cell: no line breaks, no pipe that would end it. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')

/**
 * The README's "Content rules" table, from the registry: each rule's name, its one-line doc, the
 * layers it runs in, and its messages with their severity.
 * @param rules the registry's rules, in the order to list them
 * @returns the Markdown table, ending with a newline
 */
export function rulesTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const messages = Object.entries(rule.messages).map(([id, message]) => `\`${id}\`${(message.severity ?? rule.severity) === 'error' ? '' : ` (${message.severity ?? rule.severity})`}`)
    return `| \`${rule.name}\` | ${cell(rule.doc)} | ${layersOf(rule).join(', ')} | ${messages.join(', ')} |`
  })
  return ['| rule | what it asks | runs in | messages |', '| --- | --- | --- | --- |', ...rows, ''].join('\n')
}
