/**
 * One webhook's change, measured as the webhook's server makes it: the changed document read from
 * the Content Lake by its id, then applied to the output folder and its content store through
 * updateOutput, as compiled (`dist/`). Plain JavaScript, so that no TypeScript loader is measured.
 *
 *   node bench/updateOnce.mjs --out <dir> --cache-dir <root> --id <_id> --now <date> [--base-url <url>]
 *   (SANITY_PROJECT_ID, SANITY_DATASET and SANITY_API_HOST from the environment)
 *
 * With a base URL the sitemaps are made again from the manifest's pages, as `jobld listen` does.
 */
import { parseArgs } from 'node:util'
import { cacheDirFor } from '../dist/scripts/export/io/cacheDir.js'
import { updateOutput } from '../dist/scripts/export/io/updateOutput.js'
import { renderSitemapFiles } from '../dist/scripts/notify/io/renderSitemaps.js'

const { values } = parseArgs({ options: { out: { type: 'string' }, 'cache-dir': { type: 'string' }, id: { type: 'string' }, now: { type: 'string' }, 'base-url': { type: 'string' } } })
const { SANITY_PROJECT_ID: projectId = '', SANITY_DATASET: dataset = '', SANITY_API_HOST: host = '' } = process.env
const out = values.out ?? ''
const baseUrl = values['base-url']
const answer = await fetch(`${host}/v2025-02-19/data/doc/${dataset}/${encodeURIComponent(values.id ?? '')}`, { headers: { 'x-sanity-project-id': projectId } })
const { documents } = await answer.json()
const result = await updateOutput(
  {
    now: new Date(values.now ?? ''),
    baseUrl,
    extraFiles: baseUrl === undefined ? undefined : (input) => renderSitemapFiles(input, baseUrl),
    strict: false,
    cache: true,
    cacheDir: cacheDirFor(values['cache-dir'] ?? '', out),
    out,
    source: { kind: 'contentLake', projectId, dataset },
    env: process.env,
  },
  { upserts: documents, deletes: [] },
)
process.stderr.write(`${JSON.stringify({ ok: result.ok, pages: result.pages.length, ...result.work })}\n`)
process.exitCode = result.ok ? 0 : 1
