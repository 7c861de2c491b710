/**
 * `jobld/astro`: an Astro integration that runs the export when the build (or dev server) starts,
 * into a folder outside Astro's `outDir`, so that `astro build` never wipes it and pages can read
 * it with the `JsonLd` component (`jobld/astro/JsonLd.astro`) or `jobld/files`. It takes every
 * option `jobld export` takes (the option declaration, scripts/core/config/optionDefinitions.ts),
 * resolves them once, and calls the export itself.
 */
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { reportFailure } from '../cli/reportFailure.ts'
import { withoutSecrets } from '../cli/withoutSecrets.ts'
import type { OptionsOf } from '../core/config/configInput.ts'
import { ConfigError } from '../core/config/configError.ts'
import { resolveConfig, type Config } from '../core/config/resolveConfig.ts'
import { exportAsConfigured } from '../export/io/exportAsConfigured.ts'

/** What the integration uses of Astro's logger. */
interface Logger {
  info(message: string): void
}

/**
 * The part of Astro's `AstroIntegration` this integration implements, declared here so that jobld
 * needs no Astro install of its own; Astro's type accepts it (`integrations: [jobld()]`).
 */
export interface JobldAstroIntegration {
  name: 'jobld'
  hooks: {
    'astro:config:setup': (options: { config: { root: URL; outDir: URL }; logger: Logger }) => void
    'astro:build:start': (options: { logger: Logger }) => Promise<void>
    'astro:server:setup': (options: { logger: Logger }) => Promise<void>
  }
}

/**
 * Options of the integration: those of `jobld export` (`baseUrl` for `--base-url`, and so on), as
 * `jobld export --help` lists them. Paths are relative to the Astro project; `out` (default
 * `jsonld`) must lie outside Astro's `outDir`; `now` defaults to the build's start.
 */
export type JobldAstroOptions = OptionsOf<'astro'>

/**
 * The integration: `integrations: [jobld({ from: 'content', baseUrl: 'https://…' })]`.
 * @param options the export's options
 * @returns the Astro integration
 * @throws ConfigError (when Astro loads its config) for an option the export does not take, a value it refuses, or an `out` inside `outDir`
 */
export function jobld(options: JobldAstroOptions = {}): JobldAstroIntegration {
  let root = process.cwd()
  let config: Config | undefined
  const run = async (logger: Logger) => {
    if (!config) throw new Error('Unexpected jobld export before astro:config:setup, expected Astro to set the integration up first')
    let report = ''
    const capture = { write: (s: string) => (report += s) }
    const secret = config.secret
    const io = { stdout: withoutSecrets(capture, secret), stderr: withoutSecrets(capture, secret), env: process.env, cwd: root, progress: () => undefined }
    const code = await exportAsConfigured(config, io).catch((error: unknown) => reportFailure(error, io))
    if (code !== 0) throw new Error(`jobld export failed (exit ${code}):\n${report}`)
    const last = report.trimEnd().split('\n').at(-1)
    if (last) logger.info(last)
  }
  return {
    name: 'jobld',
    hooks: {
      'astro:config:setup': ({ config: astro }) => {
        root = fileURLToPath(astro.root)
        // Resolved once, when Astro loads its config: a misspelt option stops it before it builds anything.
        config = resolveConfig(options, { env: process.env, now: new Date(), takenBy: 'astro' })
        const out = new URL(`${config.out}/`, astro.root)
        if (out.href.startsWith(astro.outDir.href))
          throw new ConfigError(
            'CONFLICTING_OPTIONS',
            'out',
            `Unexpected out ${JSON.stringify(config.out)} inside Astro's outDir (${relative(root, fileURLToPath(astro.outDir)) || '.'}), expected a folder outside it such as jsonld: astro build empties outDir`,
          )
      },
      'astro:build:start': async ({ logger }) => run(logger),
      'astro:server:setup': async ({ logger }) => run(logger),
    },
  }
}
