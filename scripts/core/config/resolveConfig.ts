import type { limitDefinitions, LimitName, Limits } from '../limits.ts'
import { ConfigError } from './configError.ts'
import { optionNames, optionNamesOf, type ConfigInput } from './configInput.ts'
import { resolveLimits } from './resolveLimits.ts'
import type { OptionContext, OptionTaker } from './defineOption.ts'
import { optionDefinitions, type OptionName } from './optionDefinitions.ts'

type Definitions = typeof optionDefinitions

/** The configuration of a run: every option resolved, read by every stage of the export and of notify. */
export type Config = {
  [Name in OptionName]: ReturnType<Definitions[Name]['resolve']>
} & {
  /** The bounds on the inputs, each from its `JOBLD_MAX_…` variable or its default (scripts/core/limits.ts). */
  limits: Limits
  /**
   * SANITY_API_TOKEN, when it is long enough to be told apart from words (8 characters): no
   * document may hold it, and no output, file or message may show it.
   */
  secret: string | undefined
}

/** The environment variables the configuration reads: the options', the limits' and the token. */
export type ConfigEnv = Partial<
  Record<NonNullable<Definitions[OptionName]['env']> | (typeof limitDefinitions)[LimitName]['env'] | 'SANITY_API_TOKEN', string | undefined>
>

/** Where the input came from, and what fills the gaps. */
export interface ResolveContext {
  /** The environment (never read by the library itself: a caller that wants it passes it). */
  env?: ConfigEnv | undefined
  /** The clock for `now` when the input gives none; without it, `now` must be given. */
  now?: Date | undefined
  /** How messages name an option: `--base-url` on the command line; default its name in code, `baseUrl`. */
  label?: ((name: OptionName) => string) | undefined
  /** The taker whose options the input holds: any other key is refused (UNKNOWN_OPTION). */
  takenBy?: OptionTaker | undefined
}

/**
 * Resolves the options a command, the library, the Astro integration or the Studio plugin was given
 * into the one configuration every stage reads: each value checked by its declaration, the
 * environment's where none is given, the defaults elsewhere, the limits read, the token kept aside.
 * Pure: the caller hands in the environment and the clock.
 * @param input the options as given (command-line text or values in code)
 * @param context environment, clock, how messages name options, and whose options these are
 * @returns the configuration
 * @throws ConfigError naming the first option that cannot be resolved, and what it expects
 */
export function resolveConfig(input: ConfigInput, context: ResolveContext = {}): Config {
  const env = context.env ?? {}
  const label = context.label ?? ((name: OptionName) => name)
  if (context.takenBy !== undefined) refuseOthers(input, context.takenBy, label)
  const resolved: Record<string, unknown> = {}
  for (const name of optionNames) resolved[name] = resolveOption(name, input, env, context.now, label)
  // Each value is what its own declaration's resolve returned: the record is the Config's options.
  const config = { ...(resolved as Omit<Config, 'limits' | 'secret'>), limits: resolveLimits(env), secret: secretOf(env) }
  if (config.notify && config.dryRun)
    throw new ConfigError(
      'CONFLICTING_OPTIONS',
      'notify',
      `Unexpected ${label('notify')} with ${label('dryRun')}, expected a written export to notify about (jobld notify --dry-run shows the plan)`,
    )
  if ((config.projectId === undefined) !== (config.dataset === undefined)) {
    const [given, missing] = config.projectId === undefined ? (['dataset', 'projectId'] as const) : (['projectId', 'dataset'] as const)
    throw new ConfigError('CONFLICTING_OPTIONS', given, `Unexpected ${label(given)} without ${label(missing)}, expected both: the Sanity project and its dataset`)
  }
  if (config.notify && config.baseUrl === undefined)
    throw new ConfigError('CONFLICTING_OPTIONS', 'notify', `Unexpected ${label('notify')} without ${label('baseUrl')}, expected the site's base URL the pages are at`)
  return config
}

/** One option: the given value, else its variable's, else its default; checked by its declaration. */
function resolveOption(name: OptionName, input: ConfigInput, env: ConfigEnv, now: Date | undefined, label: (name: OptionName) => string): unknown {
  const definition = optionDefinitions[name]
  const fromEnv = definition.env === undefined ? undefined : env[definition.env]
  const given: unknown = input[name] ?? (fromEnv === '' ? undefined : fromEnv)
  const shown = (value: unknown) => (typeof value === 'string' ? (definition.show ?? String)(value) : showValue(value))
  // A value from the environment is named by its variable, quoted as the environment's messages do.
  const named = input[name] === undefined && definition.env !== undefined && given !== undefined ? `${definition.env} ${JSON.stringify(shown(given))}` : `${label(name)} ${shown(given)}`
  const context: OptionContext = {
    fail: (reason, expected = definition.expected) => {
      throw new ConfigError('INVALID_OPTION', name, `Unexpected ${named}${reason ? `: ${reason}` : ''}, expected ${expected}`)
    },
    refuse: (message) => {
      throw new ConfigError('INVALID_OPTION', name, message)
    },
    missing: () => {
      throw new ConfigError('MISSING_OPTION', name, `Unexpected missing ${label(name)}, expected ${definition.expected}`)
    },
    now,
  }
  // `definition` is one of the table's; its resolve takes what its own schema parsed (the union of
  // the table's parameter types is `never` to the compiler, hence the casts).
  if (given === undefined) return definition.resolve(undefined as never, context)
  const parsed = definition.schema.safeParse(given)
  if (!parsed.success) return context.fail()
  return definition.resolve(parsed.data as never, context)
}

/** A value given in code, as a message shows it. */
function showValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()
  return JSON.stringify(value) ?? String(value)
}

/** Refuses the keys the taker does not take: a misspelt option must not be ignored. */
function refuseOthers(input: ConfigInput, taker: OptionTaker, label: (name: OptionName) => string): void {
  const taken = optionNamesOf(taker)
  for (const key of Object.keys(input)) {
    if ((taken as string[]).includes(key) || input[key as OptionName] === undefined) continue
    throw new ConfigError('UNKNOWN_OPTION', key, `Unexpected option ${JSON.stringify(key)}, expected one of ${taken.map(label).join(', ')}`)
  }
}

/** The token, when long enough to be a secret: a test token of a few letters must not blank out words. */
function secretOf(env: ConfigEnv): string | undefined {
  const token = env.SANITY_API_TOKEN
  return token && token.length >= 8 ? token : undefined
}
