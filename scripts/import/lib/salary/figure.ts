import type { Nodes } from 'mdast'
import type { SalaryBasis } from '../../../core/constants.ts'
import type { StatedStatistic } from '../amounts/detectStatistic.ts'
import type { StatedPeriod } from '../amounts/statedPeriods.ts'
import type { Percentile } from '../tables/labelMeaning.ts'
import type { FoundAmount } from '../findAmounts.ts'
import type { FigureSubject } from './figureSubject.ts'

/** A level a figure belongs to, and the node that names it. */
export interface FigureLevel {
  name: string
  node: Nodes
}

/** One amount read from a salary section, with everything the article says about it. */
export interface Figure {
  amount: FoundAmount
  period: StatedPeriod | undefined
  currency: string | undefined
  basis: SalaryBasis | undefined
  /** The level it is the pay of, when the article names one. */
  level: FigureLevel | undefined
  /** Set when it is about something else than the job's pay (a freelance rate, a city, a bonus). */
  subject: FigureSubject | undefined
  /** Where messages about it point: the cell, list item or paragraph. */
  node: Nodes
  /** The table, list, paragraph or group of level headings its level came from: two sources that price the same level compete. */
  source: Nodes
  /** A median or an average, when the article says which. */
  statistic?: StatedStatistic
  /** The percentile it is (a survey's 10th, 25th, 75th or 90th), beside the median of the same level and period. */
  percentile?: Percentile
}

/** What the part of a salary section around a block says about the block's figures. */
export interface FigureContext {
  period: StatedPeriod | undefined
  basis: SalaryBasis | undefined
  currency: string | undefined
  /** Set when a heading or an intro line puts the block on another subject ("Salaris per regio:"). */
  subject: FigureSubject | undefined
  /** Set when the block sits under a heading that names a level ("### Senior"). */
  level: FigureLevel | undefined
  /** The source a heading's level belongs to (the parent section's heading), when `level` is set. */
  levelSource: Nodes | undefined
  /** A median or an average, when the text around says so ("Mediane lonen uit onze enquête"). */
  statistic?: StatedStatistic | undefined
}
