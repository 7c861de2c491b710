/**
 * The `jobld` entry in an edge runtime: bundled from the installed package for a worker target
 * (esbuild, neutral platform, `worker` condition), with no `node:` import left, and run in a
 * `node:vm` context that has the web platform's globals but no `require`, `process` or Node
 * built-ins; its pages must be the files `jobld export` writes.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import vm from 'node:vm'
import { build, type Message, type Metafile } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { siteBase } from './support/exampleSite.ts'
import { installFresh, packJobld, repoRoot, runDir } from './support/pack.ts'
import { run } from './support/run.ts'

/** What Workers, Vercel's Edge Runtime and Deno share (the WinterCG minimum), and nothing of Node's. */
function edgeGlobals(): Record<string, unknown> {
  return { URL, URLSearchParams, TextEncoder, TextDecoder, atob, btoa, crypto, structuredClone, queueMicrotask, setTimeout, clearTimeout, console }
}

interface Bundle {
  errors: string[]
  code: string
  metafile: Metafile | undefined
}

/** Bundles `jobld` as a worker's build would resolve it from the project's node_modules. */
async function bundleForEdge(project: string): Promise<Bundle> {
  try {
    const result = await build({
      stdin: { contents: "export { exportJsonLd } from 'jobld'", resolveDir: project, loader: 'js' },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'jobld',
      // Neutral: no Node built-ins and no package.json `browser` maps to stand in for them.
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: ['worker', 'browser'],
      metafile: true,
      absWorkingDir: project,
      logLevel: 'silent',
    })
    return { errors: [], code: result.outputFiles[0]?.text ?? '', metafile: result.metafile }
  } catch (error) {
    // esbuild throws a BuildFailure: its errors name the file and line of each unresolved import.
    const messages: Message[] = error instanceof Error && 'errors' in error && Array.isArray(error.errors) ? error.errors : []
    const errors = messages.map((message) => `${message.location ? `${message.location.file}:${message.location.line}: ` : ''}${message.text}`)
    return { errors: errors.length ? errors : [String(error)], code: '', metafile: undefined }
  }
}

describe('the jobld entry in an edge runtime', () => {
  let project = ''
  let documents = ''
  let exported = ''
  let bundle: Bundle = { errors: ['not built'], code: '', metafile: undefined }

  beforeAll(async () => {
    project = await installFresh(await packJobld())
    documents = join(runDir(), 'edge-documents.ndjson')
    exported = join(runDir(), 'edge-jsonld')
    await run('npx', ['tsx', 'scripts/jobld.ts', 'import', 'content', '--out', documents], { cwd: repoRoot })
    await run('npx', ['jobld', 'export', '--from', documents, '--out', exported, '--now', '2026-11-26', '--base-url', siteBase, '--no-cache'], { cwd: project })
    bundle = await bundleForEdge(project)
  })

  it('bundles for a worker target with no node: import and nothing left external', () => {
    expect(bundle.errors).toEqual([])
    const inputs = Object.keys(bundle.metafile?.inputs ?? {})
    expect(inputs).toContain('node_modules/jobld/dist/scripts/index.js')
    expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([])
    expect(Object.values(bundle.metafile?.outputs ?? {}).flatMap((output) => output.imports)).toEqual([])
  })

  it('runs without require, process or Buffer and returns the pages jobld export writes', async () => {
    const context = vm.createContext(edgeGlobals())
    expect(vm.runInContext('[typeof require, typeof process, typeof Buffer, typeof module, typeof global, typeof setImmediate]', context)).toEqual(Array(6).fill('undefined'))
    vm.runInContext(bundle.code, context)
    context.documentsText = await readFile(documents, 'utf8')
    const result: { ok: boolean; pages: Array<{ path: string; jsonld: string; html: string }> } = JSON.parse(
      await vm.runInContext(
        `(async () => {
          const documents = documentsText.split('\\n').filter(Boolean).map((line) => JSON.parse(line))
          const { ok, pages } = await jobld.exportJsonLd(documents, { now: '2026-11-26', baseUrl: ${JSON.stringify(siteBase)} })
          return JSON.stringify({ ok, pages: pages.map(({ path, jsonld, html }) => ({ path, jsonld, html })) })
        })()`,
        context,
      ),
    )
    const manifest: { pages: Array<{ path: string; html: string }> } = JSON.parse(await readFile(join(exported, 'manifest.json'), 'utf8'))
    const files = await Promise.all(
      manifest.pages.map(async (entry) => ({ path: entry.path, jsonld: await readFile(join(exported, entry.path), 'utf8'), html: await readFile(join(exported, entry.html), 'utf8') })),
    )
    expect(result.ok).toBe(true)
    expect(result.pages.length).toBeGreaterThan(1)
    expect(result.pages).toEqual(files)
  })
})
