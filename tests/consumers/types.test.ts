/**
 * jobld's public types as a TypeScript project checks them, with `skipLibCheck: false` (every
 * declaration file the project reaches is checked): one tiny project per module resolution
 * (`node16` as an ECMAScript module and as CommonJS, `nodenext`, `bundler`), each importing every
 * entry of package.json's `exports` and using its main functions, all sharing one install of the
 * packed tarball: a copy (hard links) of the fresh project of freshInstall.test.ts, with the peers
 * added beside jobld; the projects sit in folders inside it and resolve `jobld` from its node_modules.
 *
 * The peers a site or a Studio brings (sanity, react and their types, Node's types) are linked
 * from this repository's own install, the versions the example Studio builds. Sanity 6.16's own
 * declarations do not all check with `skipLibCheck: false` (a project importing `sanity` alone gets
 * those errors too); so an error is jobld's when its file is one a project importing only `sanity`
 * and `sanity/structure` does not reach.
 */
import { existsSync, realpathSync } from 'node:fs'
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { installFresh, packJobld, repoRoot, runDir } from './support/pack.ts'
import { run } from './support/run.ts'

/** How one entry is used: what it imports as types, and a body using its main functions through `m`. */
interface EntryUse {
  types: string
  body: string
}

/** Every entry with types in package.json's `exports`, used as a site or a Studio uses it. */
const uses: Record<string, EntryUse> = {
  jobld: {
    types: 'JsonLdGraph, JsonLdNode, Page',
    body: `
  const result = await m.exportJsonLd([{ _id: 'a', _type: 'jobProfile' }], { now: '2026-12-01', baseUrl: 'https://www.example.nl/beroepen' })
  const page: Page | undefined = result.pages[0]
  const graph: JsonLdGraph | undefined = page?.graph
  const nodes: ReadonlyArray<JsonLdNode> = graph ? graph['@graph'] : []
  const types: string[] = nodes.map((node) => node['@type'])
  const text: string = m.serializeJsonLd(graph) + m.formatReport(result.issues) + types.join()
  return text`,
  },
  'jobld/files': {
    types: 'ExportedFile, Manifest',
    body: `
  const manifest: Manifest = await m.readManifest('jsonld')
  const page: ExportedFile | undefined = await m.readExportedPage('jsonld', 'verpleegkundige', 'profile')
  return [manifest, page?.html]`,
  },
  'jobld/next': {
    types: 'JsonLdProps',
    body: `
  const props: JsonLdProps = { slug: 'verpleegkundige', kind: 'vacancy', dir: 'jsonld' }
  const element = await m.JsonLd(props)
  const slugs: Array<{ slug: string }> = await m.exportedSlugs('profile')
  return [element, m.JsonLdScript({ page: { html: '' } }), slugs]`,
  },
  'jobld/astro': {
    types: 'JobldAstroIntegration, JobldAstroOptions',
    body: `
  const options: JobldAstroOptions = { baseUrl: 'https://www.example.nl/beroepen', out: 'jsonld' }
  const integration: JobldAstroIntegration = m.jobld(options)
  const name: 'jobld' = integration.name
  return name`,
  },
  'jobld/webhook': {
    types: 'WebhookHandlerOptions',
    body: `
  const options: WebhookHandlerOptions = { out: 'jsonld', baseUrl: 'https://www.example.nl/beroepen' }
  const POST: (request: Request) => Promise<Response> = m.createWebhookHandler(options)
  return POST`,
  },
  'jobld/studio': {
    types: 'JobldOptions',
    body: `
  const options: JobldOptions = { organizationType: 'company' }
  const plugin = m.jobld(options)
  const name: string = plugin.name
  return [name, m.jobldStructure, m.jobldSchemaTypes]`,
  },
}

/** One project: its module resolution and whether its `.ts` files are ECMAScript modules or CommonJS. */
interface Resolution {
  name: string
  module: string
  moduleResolution: string
  esm: boolean
}

const resolutions: Resolution[] = [
  { name: 'node16-esm', module: 'node16', moduleResolution: 'node16', esm: true },
  { name: 'node16-cjs', module: 'node16', moduleResolution: 'node16', esm: false },
  { name: 'nodenext', module: 'nodenext', moduleResolution: 'nodenext', esm: true },
  { name: 'bundler', module: 'esnext', moduleResolution: 'bundler', esm: true },
]

/** Packages a site or a Studio has installed beside jobld, linked from this repository's install. */
const peers = ['sanity', 'react', 'react-dom', 'styled-components', '@types/react', '@types/node']

/**
 * The consumer's source: per entry a function using it, with static imports in an ECMAScript
 * module and, in CommonJS, `import()` and type imports marked `resolution-mode: import` (jobld is
 * an ECMAScript module only).
 */
function consumerSource(esm: boolean): string {
  return Object.entries(uses)
    .map(([entry, use], index) => {
      const typeImport = `import type { ${use.types} } from '${entry}'${esm ? '' : " with { 'resolution-mode': 'import' }"}`
      const valueImport = esm ? `import * as entry${index} from '${entry}'\n` : ''
      const binding = esm ? `entry${index}` : `await import('${entry}')`
      return `${valueImport}${typeImport}\nexport async function use${index}() {\n  const m = ${binding}${use.body}\n}\n`
    })
    .join('\n')
}

/** A project importing only the Studio's own packages: the files whose errors are Sanity's, not jobld's. */
function sanitySource(esm: boolean): string {
  return esm
    ? "import { defineConfig } from 'sanity'\nimport { structureTool } from 'sanity/structure'\nexport const config = defineConfig({ projectId: 'p', dataset: 'd', plugins: [structureTool()] })\n"
    : "export async function config() {\n  const { defineConfig } = await import('sanity')\n  const { structureTool } = await import('sanity/structure')\n  return defineConfig({ projectId: 'p', dataset: 'd', plugins: [structureTool()] })\n}\n"
}

function tsconfig(resolution: Resolution, file: string): string {
  const compilerOptions = {
    module: resolution.module,
    moduleResolution: resolution.moduleResolution,
    target: 'es2022',
    lib: ['es2024', 'dom', 'dom.iterable'],
    types: ['node'],
    jsx: 'react-jsx',
    strict: true,
    skipLibCheck: false,
    noEmit: true,
  }
  return `${JSON.stringify({ compilerOptions, files: [file] }, null, 2)}\n`
}

/** One error tsc printed: the file's real path and the line as printed. */
interface TscError {
  file: string
  line: string
}

const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')

/** Runs tsc in a project; its errors (tsc exits non-zero when there are any). */
async function typeErrors(dir: string, config: string): Promise<TscError[]> {
  const output = await run(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: dir }).then(
    (result) => result.stdout,
    (error: unknown) => String(error),
  )
  return [...output.matchAll(/^(\S[^(\n]*)\(\d+,\d+\): error TS\d+: .*$/gm)].map((match) => ({
    file: realpathSync(resolve(dir, match[1] ?? '')),
    line: match[0],
  }))
}

/** The files tsc reads for a project, by their real paths. */
async function programFiles(dir: string, config: string): Promise<Set<string>> {
  const { stdout } = await run(process.execPath, [tsc, '-p', config, '--listFilesOnly'], { cwd: dir })
  return new Set(stdout.split('\n').filter((line) => line !== '').map((line) => realpathSync(resolve(dir, line))))
}

describe('the public types, checked with skipLibCheck false', () => {
  let root = ''

  beforeAll(async () => {
    const fresh = await installFresh(await packJobld())
    root = join(runDir(), 'types')
    if (!existsSync(join(root, 'node_modules'))) {
      await mkdir(root, { recursive: true })
      // The fresh project stays as freshInstall.test.ts checks it (no peers): the peers go into a copy.
      await run('cp', ['-al', join(fresh, 'node_modules'), join(root, 'node_modules')], { cwd: root })
      await mkdir(join(root, 'node_modules', '@types'), { recursive: true })
      for (const name of peers) {
        const target = join(root, 'node_modules', name)
        if (!existsSync(target)) await symlink(join(repoRoot, 'node_modules', name), target)
      }
    }
    for (const resolution of resolutions) {
      const dir = join(root, resolution.name)
      await mkdir(dir, { recursive: true })
      await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: `types-${resolution.name}`, private: true, ...(resolution.esm ? { type: 'module' } : {}) })}\n`)
      await writeFile(join(dir, 'consumer.ts'), consumerSource(resolution.esm))
      await writeFile(join(dir, 'sanity.ts'), sanitySource(resolution.esm))
      await writeFile(join(dir, 'tsconfig.json'), tsconfig(resolution, 'consumer.ts'))
      await writeFile(join(dir, 'tsconfig.sanity.json'), tsconfig(resolution, 'sanity.ts'))
    }
  })

  it('uses every entry of package.json exports that has types', async () => {
    const { exports } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }
    const typed = Object.entries(exports).filter(([, target]) => typeof target === 'object' && target !== null && 'types' in target)
    expect(typed.map(([key]) => join('jobld', key))).toEqual(Object.keys(uses))
  })

  it("installs no schema-dts with jobld: its types are for jobld's own build", async () => {
    const installed = await readdir(join(root, 'node_modules'), { recursive: true })
    expect(installed.filter((path) => basename(path) === 'schema-dts' || basename(path) === 'schema-dts-lib')).toEqual([])
  })

  for (const resolution of resolutions) {
    it(`checks under ${resolution.name}: no error in a file jobld brings`, async () => {
      const dir = join(root, resolution.name)
      const [errors, sanityFiles] = await Promise.all([typeErrors(dir, 'tsconfig.json'), programFiles(dir, 'tsconfig.sanity.json')])
      expect(errors.filter((error) => !sanityFiles.has(error.file)).map((error) => error.line)).toEqual([])
    }, 600_000)
  }
})
