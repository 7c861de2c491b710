import type { OptionsOf } from '../../scripts/core/config/configInput.ts'
import { ConfigError } from '../../scripts/core/config/configError.ts'
import { resolveConfig, type Config } from '../../scripts/core/config/resolveConfig.ts'

/**
 * The options of `jobld(options)` and of its desk helpers: give both the same object. `types` and
 * `baseUrl` are the export's own options (the option declaration, scripts/core/config/optionDefinitions.ts):
 * the export needs the same values (`--types jobProfile=careerProfile`, `--base-url`).
 */
export type JobldOptions = Omit<OptionsOf<'studio'>, 'types'> & {
  /**
   * Names for jobld's document types where the Studio already has a type of jobld's name, such as
   * `{ jobProfile: 'careerProfile' }`.
   */
  types?: Exclude<OptionsOf<'studio'>['types'], string>
  /**
   * The Studio's own organisation type (a document type with at least `name`; see "Add it to your Studio" in the README):
   * jobld then registers no organisation type and points publishers and employers at this one.
   */
  organizationType?: string | undefined
}

/** The options completed and checked: the configuration's type names and base URL, and whether the organisation is the Studio's own. */
export interface ResolvedJobldOptions {
  names: Config['types']
  ownOrganization: boolean
  baseUrl: Config['baseUrl']
  payTransparency: Config['payTransparency']
  fieldLanguages: Config['fieldLanguages']
}

/**
 * Completes and checks the plugin's options, as the export resolves its own.
 * @param options what the Studio gave
 * @returns the names of jobld's types in this Studio, whether the organisation is the Studio's own, the base URL, the pay transparency dates
 * @throws Error naming the option that is wrong (the Studio shows it when it starts); the ConfigError is its cause
 */
export function resolveJobldOptions(options: JobldOptions = {}): ResolvedJobldOptions {
  const { organizationType, ...shared } = options
  const types = shared.types ?? {}
  if (organizationType !== undefined && types.organization !== undefined)
    throw new Error(
      `Unexpected jobld options organizationType "${organizationType}" and types.organization "${types.organization}", expected one of the two: organizationType for the Studio's own type, types.organization to rename jobld's`,
    )
  try {
    // The Studio has no clock of its own to resolve: the JSON-LD tab takes the time when it renders.
    const config = resolveConfig(
      { ...shared, types: { ...types, ...(organizationType !== undefined ? { organization: organizationType } : {}) } },
      { takenBy: 'studio', now: new Date(0) },
    )
    return { names: config.types, ownOrganization: organizationType !== undefined, baseUrl: config.baseUrl, payTransparency: config.payTransparency, fieldLanguages: config.fieldLanguages }
  } catch (error) {
    if (error instanceof ConfigError) throw new Error(`jobld: ${error.message}`, { cause: error })
    throw error
  }
}
