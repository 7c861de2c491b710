import type { Nodes, Table, TableCell } from 'mdast'
import type { SalaryBasis, SalaryPeriod } from '../rules/constants.ts'
import { slugify } from '../rules/slugify.ts'
import type { ArticleContext } from './articleContext.ts'
import { detectBasis } from './detectBasis.ts'
import { detectCurrency } from './detectCurrency.ts'
import { detectHoursPerWeek } from './detectHoursPerWeek.ts'
import { detectPeriod } from './detectPeriod.ts'
import { findAmounts, type FoundAmount } from './findAmounts.ts'
import { plainText } from './plainText.ts'
import { reportMessage, type MessageLevel } from './reportMessage.ts'
import type { Section } from './splitSections.ts'

/** One amount of a tier, before it becomes a `salaryAmount`. */
export interface AmountDraft {
  period: SalaryPeriod
  value?: number
  minValue?: number
  maxValue?: number
  /** The table cell or paragraph it came from. */
  node: Nodes
}

/** A salary tier read from an article, before it becomes a document. */
export interface TierDraft {
  level: string
  levelSlug: string
  rank: number
  amounts: AmountDraft[]
  currency: string
  basis: SalaryBasis
  hoursPerWeek?: number
  /** The table row (or the first paragraph) it came from. */
  node: Nodes
}

interface Cell {
  text: string
  node: Nodes
}

/** An amount as read, with what the surrounding text says about it. */
interface ReadAmount {
  level: Cell
  amount: FoundAmount
  period: SalaryPeriod
  currency: string | undefined
  basis: SalaryBasis | undefined
  node: Nodes
}

const emptyCell = /^(?:|-|–|—|n\.?v\.?t\.?|n\/a|nvt|geen|none)$/iu
const generalLevel = { nl: 'Alle niveaus', en: 'All levels' } as const
const amountExample = { nl: '€ 2.450 or € 14,50', en: '$2,450.50' } as const

/**
 * Reads the salary tiers of an article: from the first salary table whose layout is
 * understood (levels in rows and amounts per period in columns, or levels as columns and
 * periods as rows), else from the amounts and ranges the salary text gives (one tier for
 * all levels). Currency, period and basis come from the cell, else its header, else the
 * text around the table; amounts called net stay net. What cannot be mapped is reported.
 * @param sections the article's salary sections
 * @param ctx the article
 * @returns the tiers, ranked in the order the article gives them
 */
export function extractSalaryTiers(sections: ReadonlyArray<Section>, ctx: ArticleContext): TierDraft[] {
  const report = (reason: string, node: Nodes, level: MessageLevel, docId = ctx.profileId) =>
    reportMessage(ctx.file, reason, { place: node, ruleId: 'salary', level, docId, fieldPath: ['salaryTiers'] })
  const nodes = sections.flatMap((section) => section.nodes)
  const prose = nodes.filter((node) => node.type !== 'table')
  const context = plainText(prose)
  const hoursPerWeek = detectHoursPerWeek(context)

  let read: ReadAmount[] = []
  for (const table of nodes.filter((node): node is Table => node.type === 'table')) {
    if (read.length > 0) {
      report('Unexpected second salary table, expected one table of salary levels; kept in body only', table, 'info')
      continue
    }
    read = readTable(table, ctx, report)
  }
  if (read.length === 0) read = readText(prose, ctx, report)
  if (read.length === 0) {
    const at = sections[0]?.heading
    if (at) report('Unexpected salary section without amounts, expected a salary table or an amount such as ' + amountExample[ctx.language], at, 'warning')
    return []
  }

  // Basis: what the cell, header or text says; gross only when nothing says otherwise.
  const unstated = read.filter((r) => r.basis === undefined)
  const first = unstated[0]
  if (first) {
    const basis = detectBasis(context, ctx.language) ?? 'gross'
    for (const r of unstated) r.basis = basis
    if (!detectBasis(context, ctx.language))
      report('Unexpected amounts without bruto/netto, expected the table or text to say gross or net; imported as gross', first.node, 'info')
  }
  const missingCurrency = read.filter((r) => r.currency === undefined)
  const fallbackCurrency = detectCurrency(context)
  for (const r of missingCurrency) {
    r.currency = fallbackCurrency
    if (!fallbackCurrency) report(`Unexpected amount "${r.amount.raw}" without currency, expected €, $ or £; left out`, r.node, 'warning')
  }

  const tiers: TierDraft[] = []
  for (const r of read) {
    if (r.currency === undefined || r.basis === undefined) continue
    const levelSlug = slugify(r.level.text)
    const docId = `salaryTier.${ctx.slug}.${levelSlug}`
    let tier = tiers.find((t) => t.levelSlug === levelSlug)
    if (tier && tier.node !== r.level.node) {
      report(`Unexpected level "${r.level.text}" with the same slug as "${tier.level}", expected distinct level names; left out`, r.level.node, 'warning', docId)
      continue
    }
    if (!tier) {
      tier = {
        level: r.level.text,
        levelSlug,
        rank: tiers.length + 1,
        amounts: [],
        currency: r.currency,
        basis: r.basis,
        ...(hoursPerWeek ? { hoursPerWeek } : {}),
        node: r.level.node,
      }
      tiers.push(tier)
    }
    if (r.currency !== tier.currency || r.basis !== tier.basis) {
      report(
        `Unexpected ${r.basis} amount in ${r.currency} for ${tier.level}, expected ${tier.basis} amounts in ${tier.currency} like the rest of the level; left out`,
        r.node,
        'warning',
        docId,
      )
      continue
    }
    if (tier.amounts.some((a) => a.period === r.period)) {
      report(`Unexpected second amount per ${r.period} for ${tier.level} ("${r.amount.raw}"), expected one amount per period; kept in body only`, r.node, 'info', docId)
      continue
    }
    const { value, minValue, maxValue } = r.amount
    tier.amounts.push({
      period: r.period,
      ...(value !== undefined ? { value } : {}),
      ...(minValue !== undefined ? { minValue } : {}),
      ...(maxValue !== undefined ? { maxValue } : {}),
      node: r.node,
    })
  }
  return tiers.filter((tier) => tier.amounts.length > 0)
}

type Report = (reason: string, node: Nodes, level: MessageLevel, docId?: string) => void

const cellOf = (cell: TableCell | undefined, fallback: Nodes): Cell => ({ text: cell ? plainText(cell) : '', node: cell ?? fallback })

/** Reads a table's amounts, or reports why its layout is not understood. */
function readTable(table: Table, ctx: ArticleContext, report: Report): ReadAmount[] {
  const [headerRow, ...bodyRows] = table.children
  if (!headerRow || bodyRows.length === 0) return []
  const header = headerRow.children.map((cell) => cellOf(cell, headerRow))
  const rows = bodyRows.map((row) => header.map((_, j) => cellOf(row.children[j], row)))
  const headerPeriods = header.map((cell) => detectPeriod(cell.text))
  const cellsHavePeriods = (j: number) => {
    const cells = rows.map((row) => row[j]).filter((cell): cell is Cell => cell !== undefined && !emptyCell.test(cell.text))
    return cells.length > 0 && cells.every((cell) => findAmounts(cell.text, ctx.language).amounts.some((a) => a.period))
  }
  const isAmountColumn = header.map((_, j) => headerPeriods[j] !== undefined || cellsHavePeriods(j))
  const levelColumn = isAmountColumn.indexOf(false)
  const amountColumns = isAmountColumn.flatMap((yes, j) => (yes ? [j] : []))
  const out: ReadAmount[] = []

  if (amountColumns.length > 0 && levelColumn >= 0) {
    header.forEach((cell, j) => {
      if (j !== levelColumn && !isAmountColumn[j])
        report(`Unexpected column "${cell.text}" in the salary table, expected a level or an amount per period (uur, maand, jaar); left out`, cell.node, 'warning')
    })
    for (const row of rows) {
      const level = row[levelColumn]
      if (!level || level.text === '') continue
      for (const j of amountColumns) {
        const cell = row[j]
        const head = header[j]
        if (!cell || !head) continue
        const one = readCell(cell, head, headerPeriods[j], ctx, report)
        if (one) out.push({ ...one, level })
      }
    }
    return out
  }

  // Levels as columns, periods as rows.
  const rowPeriods = rows.map((row) => detectPeriod(row[0]?.text ?? ''))
  if (header.length > 1 && rowPeriods.length > 0 && rowPeriods.every((p) => p !== undefined)) {
    const levels = header.slice(1)
    for (const [r, row] of rows.entries()) {
      const label = row[0]
      if (!label) continue
      levels.forEach((level, k) => {
        const cell = row[k + 1]
        if (!cell || level.text === '') return
        const one = readCell(cell, label, rowPeriods[r], ctx, report)
        if (one) out.push({ ...one, level })
      })
    }
    return out
  }

  report(
    `Unexpected salary table with columns ${header.map((cell) => `"${cell.text}"`).join(', ')}, expected a level column and amounts per period (uur, maand, jaar); kept in body only`,
    table,
    'warning',
  )
  return out
}

/** Reads one cell: its amount, and its period, currency and basis (cell first, then its header). */
function readCell(cell: Cell, head: Cell, headPeriod: SalaryPeriod | undefined, ctx: ArticleContext, report: Report): Omit<ReadAmount, 'level'> | undefined {
  if (emptyCell.test(cell.text)) return undefined
  const { amounts, bad } = findAmounts(cell.text, ctx.language)
  const amount = amounts[0]
  if (bad.length > 0 || amounts.length !== 1 || !amount) {
    report(`Unexpected amount "${cell.text}", expected an amount such as ${amountExample[ctx.language]}; left out`, cell.node, 'warning')
    return undefined
  }
  const period = amount.period ?? headPeriod
  if (!period) {
    report(`Unexpected amount "${cell.text}" without period, expected per uur, per maand or per jaar in the cell or its header; left out`, cell.node, 'warning')
    return undefined
  }
  return {
    amount,
    period,
    currency: amount.currency ?? detectCurrency(head.text),
    basis: amount.basis ?? detectBasis(head.text, ctx.language),
    node: cell.node,
  }
}

/** Reads the amounts that the salary text gives, for articles without a salary table: one tier for all levels. */
function readText(prose: ReadonlyArray<Nodes>, ctx: ArticleContext, report: Report): ReadAmount[] {
  const out: ReadAmount[] = []
  const blocks: Nodes[] = []
  const collect = (node: Nodes) => {
    if (node.type === 'paragraph') blocks.push(node)
    else if ('children' in node) for (const child of node.children) collect(child)
  }
  for (const node of prose) collect(node)
  const level: Cell = { text: generalLevel[ctx.language], node: blocks[0] ?? { type: 'text', value: '' } }
  for (const block of blocks) {
    const text = plainText(block)
    const { amounts, bad } = findAmounts(text, ctx.language, { requireCurrency: true })
    for (const b of bad) report(`Unexpected amount "${b.raw}", expected an amount such as ${amountExample[ctx.language]}; left out`, block, 'warning')
    for (const amount of amounts) {
      if (!amount.period) {
        report(`Unexpected amount "${amount.raw}" without period, expected per uur, per maand or per jaar; kept in body only`, block, 'info')
        continue
      }
      out.push({ level, amount, period: amount.period, currency: amount.currency, basis: amount.basis, node: block })
    }
  }
  return out
}
