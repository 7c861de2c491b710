import { quoteText } from '../../core/messages/quoteText.ts'
import type { Nodes } from 'mdast'
import { shiftWorkValues } from '../../core/constants.ts'
import type { ArticleContext } from './articleContext.ts'
import { plainText } from './plainText.ts'
import { reportMessage } from './reportMessage.ts'
import type { Section } from './splitSections.ts'

type ShiftWork = (typeof shiftWorkValues)[number]

/** Facts read from an article's summary: shift work and certificates. */
export interface FactsDraft {
  shiftWork?: { value: ShiftWork; node: Nodes }
  certificates?: { values: string[]; node: Nodes }
}

const shiftWorkKey = /ploeg|onregelmatig|diensten|\bshift/iu
const certificatesKey = /certifica|\bkennis\b|licen[cs]e/iu
// Facts that other sections already map (title, pay, education, skills, tasks, sectors, workplaces): no message.
const mappedElsewhere =
  /functie|beroep|titel|\btitle|salaris|loon|salary|\bpay\b|wage|opleiding|education|niveau|vaardigheden|competenties|skills|competenc|taken|werkzaamheden|tasks|duties|sector|branche|industr|werkplek|locatie|workplace|location/iu

const shiftWorkAnswers: ReadonlyArray<[ShiftWork, RegExp]> = [
  ['sometimes', /^(?:soms|af\s+en\s+toe|incidenteel|sometimes|occasionally)\b/iu],
  ['never', /^(?:nee|nooit|geen|niet|no|never|none)\b/iu],
  ['often', /^(?:ja|vaak|regelmatig|meestal|altijd|yes|often|usually|regularly|always)\b/iu],
]

/** Splits "a (x, y), b; c" at commas and semicolons outside parentheses. */
function splitList(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let current = ''
  for (const char of text) {
    if (char === '(') depth++
    if (char === ')') depth = Math.max(0, depth - 1)
    if ((char === ',' || char === ';') && depth === 0) {
      out.push(current)
      current = ''
    } else current += char
  }
  out.push(current)
  return out.map((part) => part.trim()).filter((part) => part !== '')
}

/**
 * Reads the key facts of an article's summary sections ("Kenmerk | Info" tables, or list
 * items "Key: value"): shift work (soms/nooit/vaak) and certificates. Facts that other
 * sections map are skipped; other facts, and shift work answers that are not understood,
 * are reported.
 * @param sections the summary sections
 * @param ctx the article
 * @returns the facts found
 */
export function extractFacts(sections: ReadonlyArray<Section>, ctx: ArticleContext): FactsDraft {
  const rows: { key: string; value: string; node: Nodes }[] = []
  for (const section of sections)
    for (const node of section.nodes) {
      if (node.type === 'table')
        for (const row of node.children.slice(1)) {
          const [key, value] = row.children
          if (key && value) rows.push({ key: plainText(key), value: plainText(value), node: row })
        }
      if (node.type === 'list')
        for (const item of node.children) {
          const match = /^([^:]{1,60}):\s*(.+)$/su.exec(plainText(item))
          if (match?.[1] && match[2]) rows.push({ key: match[1].trim(), value: match[2].trim(), node: item })
        }
    }
  const facts: FactsDraft = {}
  for (const row of rows) {
    if (shiftWorkKey.test(row.key)) {
      const value = shiftWorkAnswers.find(([, pattern]) => pattern.test(row.value))?.[0]
      if (value) facts.shiftWork ??= { value, node: row.node }
      else
        reportMessage(ctx.file, `Unexpected shift work ${quoteText(row.value)}, expected it to start with soms, nooit or vaak (sometimes, never, often); left out`, {
          place: row.node,
          ruleId: 'facts',
          level: 'warning',
          docId: ctx.profileId,
          fieldPath: ['workingConditions', 'shiftWork'],
        })
    } else if (certificatesKey.test(row.key)) {
      facts.certificates ??= { values: splitList(row.value), node: row.node }
    } else if (!mappedElsewhere.test(row.key)) {
      reportMessage(ctx.file, `Unexpected fact ${quoteText(row.key)} in the summary, expected shift work, certificates or a fact another section covers; kept in body only`, {
        place: row.node,
        ruleId: 'facts',
        level: 'info',
        docId: ctx.profileId,
      })
    }
  }
  return facts
}
