import { quoteText } from '../../../core/messages/quoteText.ts'
import type { Nodes, Table, TableCell } from 'mdast'
import type { Language } from '../../../core/constants.ts'
import type { StatedPeriod } from '../amounts/statedPeriods.ts'
import { detectBasis } from '../detectBasis.ts'
import { detectCurrency } from '../detectCurrency.ts'
import { detectPeriod } from '../detectPeriod.ts'
import { findAmounts, type FoundAmount } from '../findAmounts.ts'
import { plainText } from '../plainText.ts'
import type { MessageLevel } from '../reportMessage.ts'
import { cleanLevelName } from './cleanLevelName.ts'
import type { Figure, FigureContext } from './figure.ts'
import { headingSubject, subjectNames, type FigureSubject } from './figureSubject.ts'
import { isLevelHeader, isLevelLabel } from './levelTerms.ts'

/** Reports a message about a table, a cell or a row. */
export type TableReport = (reason: string, node: Nodes, level: MessageLevel) => void

interface Cell {
  text: string
  node: Nodes
}

const maxLevels = 30
const emptyCell = /^(?:|-|–|—|n\.?v\.?t\.?|n\/a|nvt|geen|none)$/iu
const summaryRow = /^(?:gemiddeld|gemiddelde|average|mediaan|median|totaal|total|overall|alle\s+niveaus|all\s+levels)\b/iu
const minimumHeader = /^(?:min(?:imum|\.)?|van|vanaf|beginsalaris|startsalaris|aanvangssalaris|from)(?![\p{L}\p{N}])/iu
const maximumHeader = /^(?:max(?:imum|\.)?|tot|eindsalaris|to|up\s+to)(?![\p{L}\p{N}])/iu
const lowHeader = /^(?:low|laag|laagste|lowest|p10|10e?\s*percentiel)\b/iu
const highHeader = /^(?:high|hoog|hoogste|highest|p90|90e?\s*percentiel)\b/iu
const medianHeader = /\b(?:median|mediaan)\b/iu
const amountExample = { nl: '€ 2.450 or € 14,50', en: '$2,450.50' } as const
const list = (cells: ReadonlyArray<Cell>) => cells.map((cell) => quoteText(cell.text)).join(', ')

const cellOf = (cell: TableCell | undefined, fallback: Nodes): Cell => ({ text: cell ? plainText(cell) : '', node: cell ?? fallback })

/** What readTableFigures needs to know besides the table. */
export interface TableReading {
  context: FigureContext
  language: Language
  dollar: string
  report: TableReport
}

/**
 * Reads a salary table's figures. Levels in rows with amounts per period in columns (a minimum
 * and a maximum column make one range), or levels as columns and periods as rows. The level
 * column must say it holds levels (Niveau, Ervaring, Functiegroep) or every row must name one
 * (junior, 0–2 jaar, Groep 4); a first column of places or sectors, or low, median and high
 * columns, make the table about another subject, and its figures are kept in the body only.
 * @param table the table
 * @param reading the section's context, the language, and where to report
 * @returns the figures, each cell one
 */
export function readTableFigures(table: Table, reading: TableReading): Figure[] {
  const { context, language, report } = reading
  const [headerRow, ...bodyRows] = table.children
  if (!headerRow || bodyRows.length === 0) return []
  // A ladder has a handful of levels; a table of hundreds of rows is data about something else.
  if (bodyRows.length > maxLevels) {
    report(`Unexpected salary table of ${bodyRows.length.toLocaleString('en')} rows, expected at most ${maxLevels} levels; kept in body only`, table, 'warning')
    return []
  }
  const header = headerRow.children.map((cell) => cellOf(cell, headerRow))
  const rows = bodyRows.map((row) => header.map((_, j) => cellOf(row.children[j], row)))
  const headerPeriods = header.map((cell) => detectPeriod(cell.text))
  const cellsHavePeriods = (j: number) => {
    const cells = rows.map((row) => row[j]).filter((cell): cell is Cell => cell !== undefined && !emptyCell.test(cell.text))
    return cells.length > 0 && cells.every((cell) => findAmounts(cell.text, language).amounts.some((a) => a.period))
  }
  const cellsHaveAmounts = (j: number) => {
    const cells = rows.map((row) => row[j]).filter((cell): cell is Cell => cell !== undefined && !emptyCell.test(cell.text))
    return cells.length > 0 && cells.every((cell) => findAmounts(cell.text, language).amounts.length === 1)
  }
  // Periods down the first column and levels across the header: the table is turned.
  const rowPeriods = rows.map((row) => detectPeriod(row[0]?.text ?? ''))
  const turned = header.length > 1 && rowPeriods.every((p) => p !== undefined) && header.slice(1).every((cell) => detectPeriod(cell.text) === undefined)
  const isBound = (j: number) => [minimumHeader, maximumHeader, lowHeader, highHeader].some((p) => p.test(header[j]?.text ?? '')) || medianHeader.test(header[j]?.text ?? '')
  const isAmountColumn = header.map((_, j) => headerPeriods[j] !== undefined || cellsHavePeriods(j) || (j > 0 && isBound(j) && cellsHaveAmounts(j)))
  const levelColumn = isAmountColumn.indexOf(false)
  const amountColumns = isAmountColumn.flatMap((yes, j) => (yes ? [j] : []))

  // Another subject: places, sectors or percentiles.
  const labelHeader = header[levelColumn >= 0 ? levelColumn : 0]?.text ?? ''
  const market = header.some((cell) => medianHeader.test(cell.text)) && header.some((cell) => lowHeader.test(cell.text) || highHeader.test(cell.text))
  const subject: FigureSubject | undefined = context.subject ?? headingSubject(labelHeader, language) ?? (market ? 'market' : undefined)
  if (subject) {
    report(`Unexpected salary table about ${subjectNames[subject]} (columns ${list(header)}), expected the pay of the job per level; kept in body only`, table, 'info')
    return []
  }

  if (!turned && amountColumns.length > 0 && levelColumn >= 0) {
    header.forEach((cell, j) => {
      if (j !== levelColumn && !isAmountColumn[j])
        report(`Unexpected column ${quoteText(cell.text)} in the salary table, expected a level or an amount per period (uur, maand, jaar); left out`, cell.node, 'warning')
    })
    const labels = rows.map((row) => row[levelColumn]).filter((cell): cell is Cell => cell !== undefined && cell.text !== '' && !summaryRow.test(cell.text))
    if (!isLevelHeader(labelHeader) && !labels.every((cell) => isLevelLabel(cell.text))) {
      report(
        `Unexpected salary table rows ${list(labels.filter((cell) => !isLevelLabel(cell.text)))}, expected levels (junior, senior, 0–2 jaar ervaring, schaal 4) or a column "Niveau"; kept in body only`,
        table,
        'warning',
      )
      return []
    }
    // A minimum column and a maximum column give one range; other amount columns one amount each.
    const minColumn = amountColumns.find((j) => minimumHeader.test(header[j]?.text ?? ''))
    const maxColumn = amountColumns.find((j) => maximumHeader.test(header[j]?.text ?? ''))
    const paired = minColumn !== undefined && maxColumn !== undefined
    const out: Figure[] = []
    for (const row of rows) {
      const label = row[levelColumn]
      if (!label || label.text === '') continue
      if (summaryRow.test(label.text)) {
        report(`Unexpected row ${quoteText(label.text)} in the salary table, expected a level; kept in body only`, label.node, 'info')
        continue
      }
      const level = { name: cleanLevelName(label.text), node: label.node }
      if (paired) {
        const low = readCell(row[minColumn], header[minColumn], headerPeriods[minColumn], reading)
        const high = readCell(row[maxColumn], header[maxColumn], headerPeriods[maxColumn], reading)
        if (low && high && low.amount.value !== undefined && high.amount.value !== undefined) {
          const { start, raw, currency, period, basis } = low.amount
          const amount: FoundAmount = {
            minValue: low.amount.value,
            maxValue: high.amount.value,
            start,
            end: high.amount.end,
            raw: `${raw} – ${high.amount.raw}`,
            ...(currency ? { currency } : {}),
            ...(period ? { period } : {}),
            ...(basis ? { basis } : {}),
          }
          out.push({ ...low, amount, level, subject: undefined, source: table })
        }
      }
      for (const j of amountColumns) {
        if (paired && (j === minColumn || j === maxColumn)) continue
        const one = readCell(row[j], header[j], headerPeriods[j], reading)
        if (one) out.push({ ...one, level, subject: undefined, source: table })
      }
    }
    return out
  }

  // Levels as columns, periods as rows.
  if (turned) {
    const out: Figure[] = []
    const levels = header.slice(1)
    for (const [r, row] of rows.entries()) {
      const label = row[0]
      if (!label) continue
      levels.forEach((levelCell, k) => {
        const cell = row[k + 1]
        if (!cell || levelCell.text === '') return
        const one = readCell(cell, label, rowPeriods[r], reading)
        if (one) out.push({ ...one, level: { name: cleanLevelName(levelCell.text), node: levelCell.node }, subject: undefined, source: table })
      })
    }
    return out
  }

  report(`Unexpected salary table with columns ${list(header)}, expected a level column and amounts per period (uur, maand, jaar); kept in body only`, table, 'warning')
  return []
}

type CellFigure = Pick<Figure, 'amount' | 'period' | 'currency' | 'basis' | 'node'>

/** Reads one cell: its amount, and its period, currency and basis (cell first, then its header, then the text around the table). */
function readCell(cell: Cell | undefined, head: Cell | undefined, headPeriod: StatedPeriod | undefined, reading: TableReading): CellFigure | undefined {
  const { context, language, dollar, report } = reading
  if (!cell || !head || emptyCell.test(cell.text)) return undefined
  const { amounts, bad } = findAmounts(cell.text, language, { dollar })
  const amount = amounts[0]
  if (bad.length > 0 || amounts.length !== 1 || !amount) {
    report(`Unexpected amount ${quoteText(cell.text)}, expected an amount such as ${amountExample[language]}; left out`, cell.node, 'warning')
    return undefined
  }
  const period = amount.period ?? headPeriod ?? context.period
  if (!period) {
    report(`Unexpected amount ${quoteText(cell.text)} without period, expected per uur, per maand or per jaar in the cell, its header or the text above the table; left out`, cell.node, 'warning')
    return undefined
  }
  return {
    amount,
    period,
    currency: amount.currency ?? detectCurrency(head.text, dollar) ?? context.currency,
    basis: amount.basis ?? detectBasis(head.text, language) ?? context.basis,
    node: cell.node,
  }
}
