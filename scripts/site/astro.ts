/**
 * `jobld/astro`: an Astro integration that runs `jobld export` when the build (or dev server)
 * starts, into a folder outside Astro's `outDir`, so that `astro build` never wipes it and pages
 * can read it with the `JsonLd` component (`jobld/astro/JsonLd.astro`) or `jobld/files`.
 */
import { fileURLToPath } from 'node:url'
import { runExport } from '../export/command.ts'

/** What the integration uses of Astro's logger. */
interface Logger {
  info(message: string): void
  warn(message: string): void
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

/** Options of the integration: the export's own, as in `jobld export --help`. */
export interface JobldAstroOptions {
  /** `--from`: a folder of Markdown, an `.ndjson` or `.tar.gz` export; default: the Content Lake when SANITY_PROJECT_ID is set, else `content/`. */
  from?: string
  /** `--out`: the exported folder, relative to the project (default `jsonld`); never inside `outDir`. */
  out?: string
  /** `--base-url`: the site's base URL for `@id`s and `url`s. */
  baseUrl?: string
  /** `--now`: the clock vacancies expire against (default: the build's start). */
  now?: string
  /** `--strict`: warnings fail the build. */
  strict?: boolean
}

/**
 * The integration: `integrations: [jobld({ from: 'content', baseUrl: 'https://…' })]`.
 * @param options the export's options
 * @returns the Astro integration
 */
export function jobld(options: JobldAstroOptions = {}): JobldAstroIntegration {
  let root = process.cwd()
  const run = async (logger: Logger) => {
    let report = ''
    const args = [
      ...(options.from ? ['--from', options.from] : []),
      '--out',
      options.out ?? 'jsonld',
      ...(options.baseUrl ? ['--base-url', options.baseUrl] : []),
      ...(options.now ? ['--now', options.now] : []),
      ...(options.strict ? ['--strict'] : []),
    ]
    const code = await runExport(args, {
      stdout: { write: (s: string) => (report += s) },
      stderr: { write: (s: string) => (report += s) },
      env: process.env,
      cwd: root,
    })
    if (code !== 0) throw new Error(`jobld export failed (exit ${code}):\n${report}`)
    const last = report.trimEnd().split('\n').at(-1)
    if (last) logger.info(last)
  }
  return {
    name: 'jobld',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root)
        const out = new URL(`${options.out ?? 'jsonld'}/`, config.root).href
        if (out.startsWith(config.outDir.href)) logger.warn(`jobld's out (${options.out ?? 'jsonld'}) lies inside Astro's outDir, which astro build empties`)
      },
      'astro:build:start': async ({ logger }) => run(logger),
      'astro:server:setup': async ({ logger }) => run(logger),
    },
  }
}
