import type { z } from 'zod'
import type { OptionTaker } from './defineOption.ts'
import { optionDefinitions, type OptionName } from './optionDefinitions.ts'

type Definitions = typeof optionDefinitions

/**
 * The options one taker takes, as code gives them: `OptionsOf<'exportJsonLd'>` is the library's,
 * `OptionsOf<'astro'>` the Astro integration's. Derived from the declaration (optionDefinitions.ts).
 */
export type OptionsOf<Taker extends OptionTaker> = {
  [Name in OptionName as Taker extends Definitions[Name]['takenBy'][number] ? Name : never]?: z.input<Definitions[Name]['schema']> | undefined
}

/** What any taker may give: every option, each optional. resolveConfig resolves it. */
export type ConfigInput = {
  [Name in OptionName]?: z.input<Definitions[Name]['schema']> | undefined
}

/**
 * The names of the options a taker takes, in the declaration's order.
 * @param taker a command, the library's `exportJsonLd`, the Astro integration or the Studio plugin
 * @returns the option names
 */
export function optionNamesOf(taker: OptionTaker): OptionName[] {
  return optionNames.filter((name) => (optionDefinitions[name].takenBy as readonly OptionTaker[]).includes(taker))
}

/** Every option's name, in the declaration's order. */
export const optionNames = Object.keys(optionDefinitions) as OptionName[]
