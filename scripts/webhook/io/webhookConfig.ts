import type { OptionsOf } from '../../core/config/configInput.ts'
import { ConfigError } from '../../core/config/configError.ts'
import { resolveConfig, type Config } from '../../core/config/resolveConfig.ts'
import { CliError } from '../../cli/cliError.ts'
import type { WebhookEnv, WebhookLogEvent, WebhookSetting } from './webhookRunner.ts'

/**
 * Options of createWebhookHandler and expireVacancies: the webhook's options as declared once
 * (scripts/core/config/optionDefinitions.ts: the export's `out`, `baseUrl`, `strict`, `types`,
 * `notify`, … and the webhook's `revalidateUrl`, `liveCheck`, `waitForSite`), and where it runs.
 */
export type WebhookHandlerOptions = OptionsOf<'webhook'> & {
  /** The working folder `out` and `cacheDir` are relative to (default process.cwd()). */
  cwd?: string | undefined
  /** The environment (default process.env): secrets come from here only. */
  env?: WebhookEnv | undefined
  /** Told what happens, one event at a time. */
  log?: ((event: WebhookLogEvent) => void) | undefined
}

/**
 * Resolves the options a site gives the webhook in code, as the CLI resolves `jobld listen`'s flags.
 * @param options the options
 * @returns the configuration and where it runs (a fixed `now` fixes the clock; else each change reads the time)
 * @throws CliError (USAGE) naming the option at fault; the ConfigError is its cause
 */
export function resolveWebhookOptions(options: WebhookHandlerOptions): {
  config: Config
  setting: WebhookSetting
} {
  const { cwd, env, log, ...given } = options
  const environment: WebhookEnv = env ?? process.env
  try {
    const config = resolveConfig(given, {
      env: environment,
      now: new Date(),
      takenBy: 'webhook',
    })
    const fixed = given.now === undefined ? undefined : config.now
    return {
      config,
      setting: {
        cwd: cwd ?? process.cwd(),
        env: environment,
        clock: () => fixed ?? new Date(),
        log,
      },
    }
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError('USAGE', error.message, { cause: error })
    throw error
  }
}
