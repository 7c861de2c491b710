import { buildPage } from '../buildPage.ts'
import type { IdOptions } from '../../../core/jsonld/ids.ts'
import type { RenderMemo } from '../../../core/jsonld/renderMemo.ts'
import type { ContentDocument } from '../../../core/model/index.ts'
import { renderPage } from '../renderFiles.ts'
import type { Sha256Hex } from '../../../core/sha256Hex.ts'
import type { BuiltPage, BuildTask } from './types.ts'

/**
 * Builds the pages of a task from their documents: graph, JSON-LD checks, files. Pure: the caller
 * reads the documents and writes the files (a worker thread, or the in-memory pipeline).
 * @param task the plans
 * @param get a document of the task by `_id`, as validated when the source was read
 * @param options base URL for `@id`s
 * @param memo what earlier pages built already (answers, organisations, tiers)
 * @param sha256 SHA-256 for the manifest entries
 * @returns one page per plan, in plan order, with its files
 */
export function buildTaskPages(
  task: Pick<BuildTask, 'plans'>,
  get: (id: string) => ContentDocument | undefined,
  options: IdOptions,
  memo: RenderMemo,
  sha256: Sha256Hex,
): Array<BuiltPage<string>> {
  return task.plans.map((plan) => {
    const { page, issues } = buildPage(plan, get, options, memo)
    const { files, entry } = renderPage(page, sha256)
    return { path: plan.path, entry, issues, files }
  })
}
