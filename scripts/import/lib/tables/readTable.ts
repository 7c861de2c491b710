import type { Nodes, Table, TableCell } from 'mdast'
import type { Language } from '../../../core/constants.ts'
import { quoteText } from '../../../core/messages/quoteText.ts'
import type { StatedPeriod } from '../amounts/statedPeriods.ts'
import { findAmounts, type FoundAmount } from '../findAmounts.ts'
import { plainText } from '../plainText.ts'
import type { MessageLevel } from '../reportMessage.ts'
import type { Figure, FigureContext, FigureLevel } from '../salary/figure.ts'
import { subjectNames, type FigureSubject } from '../salary/figureSubject.ts'
import { axisKind, labelMeaning, type AxisKind, type LabelContext, type LabelMeaning } from './labelMeaning.ts'

/** Reports a message about a table, a cell or a row. */
export type TableReport = (reason: string, node: Nodes, level: MessageLevel) => void

/** What readTable needs to know besides the table. */
export interface TableReading {
  context: FigureContext
  labels: LabelContext
  report: TableReport
}

interface Cell {
  text: string
  node: Nodes
}

/** One label of an axis (a row's first cell or a column's header) with what it means. */
interface Label {
  cell: Cell
  meaning: LabelMeaning
  /** The row (or column) the label heads, for messages about all of it. */
  line: Nodes
}

type Measure = Extract<LabelMeaning, { kind: 'measure' }>

const maxRows = 30
const emptyCell = /^(?:|-|–|—|n\.?v\.?t\.?|n\/a|nvt|geen|none|\*)$/iu
const roughBound = /^(?:low|laag|lowest|laagste|high|hoog|highest|hoogste)(?![\p{L}\p{N}])/iu
const amountExample = { nl: '€ 2.450 or € 14,50', en: '$2,450.50' } as const satisfies Record<Language, string>
const list = (cells: ReadonlyArray<Cell>) => cells.map((cell) => quoteText(cell.text)).join(', ')
const isMeasure = (m: LabelMeaning): m is Measure => m.kind === 'measure'
const isSelector = (m: LabelMeaning) => (m.kind === 'job' && m.own) || (m.kind === 'place' && m.national)
const isOther = (m: LabelMeaning) => (m.kind === 'job' && !m.own) || (m.kind === 'place' && !m.national) || m.kind === 'sector'
const subjectOf = (m: LabelMeaning): FigureSubject => (m.kind === 'job' ? 'job' : m.kind === 'sector' ? 'sector' : 'place')

/**
 * Reads a salary table by meaning, the same for Markdown and HTML tables (liftHtml made both one
 * kind of node) and in either orientation: the labels of the first column and of the header row
 * are read (labelMeaning) as measures (periods, medians, percentiles, the ends of a range), levels,
 * figures over all levels, jobs or places. The axis of measures gives each cell its period and
 * statistic; the other axis gives its level. A table of several jobs or places gives the row of
 * this job or of the country as a whole, and each other row is reported at its line; a figure over
 * all levels beside levels is reported and left out; a table of places or sectors only, or of low,
 * median and high pay, is kept in the body with a notice.
 * @param table the table
 * @param reading the section's context, the article's labels, and where to report
 * @returns the figures, one per cell
 */
export function readTable(table: Table, reading: TableReading): Figure[] {
  const { context, labels, report } = reading
  const [headerRow, ...bodyRows] = table.children
  if (!headerRow || bodyRows.length === 0) return []
  if (bodyRows.length > maxRows) {
    report(`Unexpected salary table of ${bodyRows.length.toLocaleString('en')} rows, expected at most ${maxRows} levels; kept in body only`, table, 'warning')
    return []
  }
  const width = Math.max(headerRow.children.length, ...bodyRows.map((row) => row.children.length))
  const cellOf = (cell: TableCell | undefined, fallback: Nodes): Cell => ({ text: cell ? plainText(cell) : '', node: cell ?? fallback })
  let header = Array.from({ length: width }, (_, j) => cellOf(headerRow.children[j], headerRow))
  let grid = bodyRows.map((row) => Array.from({ length: width }, (_, j) => cellOf(row.children[j], row)))
  // Measures across and amounts from the first column on ("10th percentile | 25th | Median" over one row of amounts):
  // the rows have no label, so the table is read as if an empty first column stood before it.
  const isAmount = (cell: Cell | undefined) => cell !== undefined && findAmounts(cell.text, labels.language, { dollar: labels.dollar, cell: true }).amounts.length === 1
  if (isMeasure(labelMeaning(header[0]?.text ?? '', undefined, labels)) && grid.every((row) => isAmount(row[0]))) {
    header = [{ text: '', node: headerRow }, ...header]
    grid = grid.map((row, i) => [{ text: '', node: bodyRows[i] ?? table }, ...row])
  }
  const corner = header[0] ?? { text: '', node: headerRow }
  const cornerAxis = axisKind(corner.text)
  const cornerMeaning = labelMeaning(corner.text, undefined, labels)
  const cornerMeasure = isMeasure(cornerMeaning) ? cornerMeaning : undefined

  const columns: Label[] = header.slice(1).map((cell) => ({ cell, meaning: labelMeaning(cell.text, undefined, labels), line: cell.node }))
  const rows: Label[] = grid.map((row, i) => {
    const cell = row[0] ?? { text: '', node: bodyRows[i] ?? table }
    return { cell, meaning: labelMeaning(cell.text, cornerAxis, labels), line: bodyRows[i] ?? table }
  })
  // A column without a label of its own whose cells each say their period is a column of amounts too.
  columns.forEach((column, j) => {
    if (column.meaning.kind !== 'unknown' && column.meaning.kind !== 'empty') return
    const cells = grid.map((row) => row[j + 1]).filter((c): c is Cell => c !== undefined && !emptyCell.test(c.text))
    if (cells.length > 0 && cells.every((c) => findAmounts(c.text, labels.language, { dollar: labels.dollar, cell: true }).amounts.some((a) => a.period)))
      column.meaning = { kind: 'measure' }
  })

  const measureShare = (axis: ReadonlyArray<Label>) => {
    const named = axis.filter((l) => l.meaning.kind !== 'empty')
    return { measures: named.filter((l) => isMeasure(l.meaning)).length, named: named.length }
  }
  const cols = measureShare(columns)
  const rowShare = measureShare(rows)
  const columnsMeasure = cols.measures > 0 && columns.every((l) => isMeasure(l.meaning) || l.meaning.kind === 'empty' || l.meaning.kind === 'unknown')
  const rowsMeasure = rowShare.measures > 0 && rowShare.measures === rowShare.named

  // Low, median and high pay: the market's spread, not the job's levels.
  const allLabels = [...columns, ...rows]
  if (allLabels.some((l) => roughBound.test(l.cell.text)) && allLabels.some((l) => isMeasure(l.meaning) && l.meaning.statistic === 'median')) {
    report(`Unexpected salary table about ${subjectNames.market} (columns ${list(header)}), expected the pay of the job per level; kept in body only`, table, 'info')
    return []
  }
  if (context.subject) {
    report(`Unexpected salary table about ${subjectNames[context.subject]} (columns ${list(header)}), expected the pay of the job per level; kept in body only`, table, 'info')
    return []
  }

  const out: Figure[] = []
  const readCell = (cell: Cell | undefined, measures: ReadonlyArray<Measure | undefined>, level: FigureLevel | undefined): void => {
    if (!cell || emptyCell.test(cell.text)) return
    const { amounts, bad } = findAmounts(cell.text, labels.language, { dollar: labels.dollar, cell: true })
    const amount = amounts[0]
    if (bad.length > 0 || amounts.length !== 1 || !amount) {
      report(`Unexpected amount ${quoteText(cell.text)}, expected an amount such as ${amountExample[labels.language]}; left out`, cell.node, 'warning')
      return
    }
    const all = [...measures, cornerMeasure]
    const first = <K extends keyof Measure>(key: K): Measure[K] | undefined => all.find((m) => m?.[key] !== undefined)?.[key]
    const period: StatedPeriod | undefined = amount.period ?? first('period') ?? context.period
    if (!period) {
      report(`Unexpected amount ${quoteText(cell.text)} without period, expected per uur, per maand or per jaar in the cell, its header or the text above the table; left out`, cell.node, 'warning')
      return
    }
    const thousands = first('thousands') === true
    const scale = (n: number | undefined) => (n !== undefined && thousands && n < 1000 ? Math.round(n * 1000) : n)
    const scaled: FoundAmount = { ...amount, ...optionalNumber('value', scale(amount.value)), ...optionalNumber('minValue', scale(amount.minValue)), ...optionalNumber('maxValue', scale(amount.maxValue)) }
    const bound = first('bound')
    const percentile = first('percentile')
    const statistic = first('statistic') ?? amount.statistic ?? context.statistic
    out.push({
      amount: bound === 'min' && scaled.value !== undefined ? withBound(scaled, 'minValue') : bound === 'max' && scaled.value !== undefined ? withBound(scaled, 'maxValue') : scaled,
      period,
      currency: amount.currency ?? first('currency') ?? context.currency,
      basis: amount.basis ?? first('basis') ?? context.basis,
      level,
      subject: undefined,
      node: cell.node,
      source: table,
      ...(statistic ? { statistic } : {}),
      ...(percentile ? { percentile } : {}),
    })
  }

  /** Reads the table with entities along `entities` and measures along `measures`; `at(e, m)` is the cell. */
  const readAxes = (entities: ReadonlyArray<Label>, measures: ReadonlyArray<Label>, at: (e: number, m: number) => Cell | undefined, entityAxis: AxisKind, entitiesAreColumns: boolean): Figure[] | undefined => {
    const named = entities.filter((l) => l.meaning.kind !== 'empty')
    const hasLevels = named.some((l) => l.meaning.kind === 'level')
    const selectors = named.filter((l) => isSelector(l.meaning))
    const others = named.filter((l) => isOther(l.meaning))
    const unknown = named.filter((l) => l.meaning.kind === 'unknown')
    if (unknown.length > 0 && entityAxis !== 'levels') {
      const what = entitiesAreColumns ? 'columns' : 'rows'
      report(`Unexpected salary table ${what} ${list(unknown.map((l) => l.cell))}, expected levels (junior, senior, 0–2 jaar ervaring, schaal 4) or a column "Niveau"; kept in body only`, table, 'warning')
      return []
    }
    if (!hasLevels && selectors.length === 0 && others.length > 0) {
      report(`Unexpected salary table about ${subjectNames[subjectOf(others[0]?.meaning ?? { kind: 'unknown' })]} (columns ${list(header)}), expected the pay of the job per level; kept in body only`, table, 'info')
      return []
    }
    // Measures that are not amounts (a column "Leaseauto"): reported, the rest is read.
    measures.forEach((m) => {
      if (m.meaning.kind !== 'empty' && !isMeasure(m.meaning))
        report(`Unexpected ${entitiesAreColumns ? 'row' : 'column'} ${quoteText(m.cell.text)} in the salary table, expected a level or an amount per period (uur, maand, jaar); left out`, m.cell.node, 'warning')
    })
    const before = out.length
    entities.forEach((entity, e) => {
      const meaning = entity.meaning
      // A row without a label is the job as a whole only when no row has one.
      if (meaning.kind === 'empty' && named.length > 0) return
      if (isOther(meaning)) {
        report(`Unexpected ${entitiesAreColumns ? 'column' : 'row'} ${quoteText(entity.cell.text)} in the salary table about ${subjectNames[subjectOf(meaning)]}, expected the pay of the job itself; kept in body only`, entity.line, 'info')
        return
      }
      if (meaning.kind === 'overall' || isMeasure(meaning)) {
        if (hasLevels || selectors.length > 0) {
          report(`Unexpected ${entitiesAreColumns ? 'column' : 'row'} ${quoteText(entity.cell.text)} in the salary table, a figure over all levels rather than a level; kept in body only`, entity.line, 'info')
          return
        }
      }
      const level: FigureLevel | undefined =
        meaning.kind === 'level'
          ? { name: entityAxis === 'steps' && /^\d/u.test(meaning.name) ? `${capitalised(header[0]?.text ?? '')} ${meaning.name}`.trim() : meaning.name, node: entity.cell.node }
          : meaning.kind === 'unknown'
            ? { name: entity.cell.text.trim(), node: entity.cell.node }
            : undefined
      const pairs = pairedBounds(measures)
      measures.forEach((m, k) => {
        if (!isMeasure(m.meaning)) return
        if (pairs.has(k)) return
        readCell(at(e, k), [m.meaning], level)
      })
      for (const [low, high] of pairs.ranges) {
        const lowCell = at(e, low)
        const highCell = at(e, high)
        const lowMeasure = measures[low]?.meaning
        const highMeasure = measures[high]?.meaning
        if (!lowCell || !highCell || !lowMeasure || !highMeasure || !isMeasure(lowMeasure) || !isMeasure(highMeasure)) continue
        const start = out.length
        readCell(lowCell, [lowMeasure], level)
        readCell(highCell, [highMeasure], level)
        const [a, b] = out.splice(start)
        if (a?.amount.minValue !== undefined && b?.amount.maxValue !== undefined)
          out.push({ ...a, amount: { ...a.amount, minValue: a.amount.minValue, maxValue: b.amount.maxValue, end: b.amount.end, raw: `${a.amount.raw} – ${b.amount.raw}` } })
      }
    })
    return out.slice(before)
  }

  const columnLabels = columns
  if (columnsMeasure && rowsMeasure) {
    // Both ways measures (percentiles down, a period across): one distribution for the job as a whole.
    rows.forEach((row, i) => {
      if (!isMeasure(row.meaning)) return
      columnLabels.forEach((column, j) => {
        if (isMeasure(column.meaning)) readCell(grid[i]?.[j + 1], [row.meaning as Measure, column.meaning], undefined)
      })
    })
    return out
  }
  if (columnsMeasure) return readAxes(rows, columnLabels, (e, m) => grid[e]?.[m + 1], cornerAxis, false) ?? []
  if (rowsMeasure) return readAxes(columnLabels, rows, (e, m) => grid[m]?.[e + 1], undefined, true) ?? []

  // Neither way measures: a table of jobs or places across levels gives the row of this job or of the country.
  const rowSelector = rows.findIndex((row) => isSelector(row.meaning))
  const columnsAreLevels = columnLabels.some((c) => c.meaning.kind === 'level' || c.meaning.kind === 'overall')
  if (columnsAreLevels && rows.some((row) => isSelector(row.meaning) || isOther(row.meaning))) {
    if (rowSelector < 0) {
      report(`Unexpected salary table about ${subjectNames[subjectOf(rows.find((r) => isOther(r.meaning))?.meaning ?? { kind: 'unknown' })]} (columns ${list(header)}), expected the pay of the job per level; kept in body only`, table, 'info')
      return []
    }
    rows.forEach((row, i) => {
      if (i !== rowSelector && row.meaning.kind !== 'empty')
        report(`Unexpected row ${quoteText(row.cell.text)} in the salary table about ${subjectNames[subjectOf(isOther(row.meaning) ? row.meaning : { kind: cornerAxis === 'jobs' ? 'job' : 'place', ...(cornerAxis === 'jobs' ? { own: false } : { national: false }) } as LabelMeaning)]}, expected the pay of the job itself; kept in body only`, row.line, 'info')
    })
    const selected = rowSelector
    const measure: Measure = { kind: 'measure' }
    return readAxes(columnLabels, [{ cell: rows[selected]?.cell ?? corner, meaning: measure, line: rows[selected]?.line ?? table }], (e) => grid[selected]?.[e + 1], undefined, true) ?? []
  }
  report(`Unexpected salary table with columns ${list(header)}, expected a level column and amounts per period (uur, maand, jaar); kept in body only`, table, 'warning')
  return []
}

/** Columns (or rows) of minimum and maximum that make one range together, and the indexes they take. */
function pairedBounds(measures: ReadonlyArray<Label>): { ranges: Array<[number, number]>; has: (k: number) => boolean } {
  const ranges: Array<[number, number]> = []
  const taken = new Set<number>()
  measures.forEach((m, k) => {
    if (!isMeasure(m.meaning) || m.meaning.bound !== 'min') return
    const low = m.meaning
    const high = measures.findIndex((other, j) => !taken.has(j) && j !== k && isMeasure(other.meaning) && other.meaning.bound === 'max' && other.meaning.period === low.period)
    if (high < 0) return
    ranges.push([k, high])
    taken.add(k)
    taken.add(high)
  })
  return { ranges, has: (k) => taken.has(k) }
}

function withBound(amount: FoundAmount, key: 'minValue' | 'maxValue'): FoundAmount {
  const { value, ...rest } = amount
  return value === undefined ? amount : { ...rest, [key]: value }
}

function optionalNumber<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {}
  if (value !== undefined) out[key] = value
  return out
}

function capitalised(text: string): string {
  const clean = text.trim().replace(/[:.]$/u, '')
  return clean.charAt(0).toUpperCase() + clean.slice(1).toLowerCase()
}
