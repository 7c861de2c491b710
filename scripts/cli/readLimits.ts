import { defaultLimits, limitDefinitions, type LimitName, type Limits } from '../core/limits.ts'
import { CliError } from './cliError.ts'

/** The environment variables that raise limits, by name. */
export type LimitsEnv = Partial<Record<(typeof limitDefinitions)[LimitName]['env'], string | undefined>>

/**
 * The limits in force: the defaults, each raised (or lowered) by its `JOBLD_MAX_…` variable.
 * @param env the environment
 * @returns the limits
 * @throws CliError (USAGE) when a variable is not a positive whole number
 */
export function readLimits(env: LimitsEnv): Limits {
  const limits: Limits = { ...defaultLimits }
  for (const name of Object.keys(limitDefinitions) as LimitName[]) {
    const { env: variable } = limitDefinitions[name]
    const text = env[variable]
    if (text === undefined || text === '') continue
    const value = Number(text)
    if (!Number.isSafeInteger(value) || value < 1)
      throw new CliError('USAGE', `Unexpected ${variable}=${JSON.stringify(text.slice(0, 40))}, expected a whole number of ${limitDefinitions[name].what} above 0`)
    limits[name] = value
  }
  return limits
}
