import { limitDefinitions, type LimitName, type Limits } from '../limits.ts'
import { ConfigError } from './configError.ts'

/** The environment variables that set limits. */
export type LimitsEnv = Partial<Record<(typeof limitDefinitions)[LimitName]['env'], string | undefined>>

/**
 * The limits in force: the defaults, each raised (or lowered) by its `JOBLD_MAX_…` variable.
 * @param env the environment
 * @returns the limits
 * @throws ConfigError when a variable is not a positive whole number
 */
export function resolveLimits(env: LimitsEnv): Limits {
  const limits = {} as Limits
  for (const name of Object.keys(limitDefinitions) as LimitName[]) {
    const { env: variable, default: fallback, what } = limitDefinitions[name]
    const text = env[variable]
    if (text === undefined || text === '') {
      limits[name] = fallback
      continue
    }
    const value = Number(text)
    if (!Number.isSafeInteger(value) || value < 1)
      throw new ConfigError('INVALID_OPTION', name, `Unexpected ${variable}=${JSON.stringify(text.slice(0, 40))}, expected a whole number of ${what} above 0`)
    limits[name] = value
  }
  return limits
}

