import { buildPages, type ExportOptions, type Page } from './buildPages.ts'
import type { Issue } from '../../core/issue.ts'
import type { RawDocument } from '../../core/rawDocument.ts'

/** What the Studio's JSON-LD view shows for one document. */
export interface PagePreview {
  /** The page the export would write for the document, if it writes one. */
  page: Page | undefined
  /** The build's issues for the documents the page is built from (or for the document alone). */
  issues: Issue[]
  /**
   * What the export does with it: `written` (valid page), `refused` (a page, but errors stop the
   * export), `expired` (a vacancy left out), `none` (no page: errors, or not a page type).
   */
  status: 'written' | 'refused' | 'expired' | 'none'
  /** Why, in English, when the page is not written. */
  reason: string | undefined
}

/**
 * Runs the export's own validation and transform for one job profile or vacancy, to show what
 * the build would write for it. The caller passes the document (its draft, with the published
 * `_id`) and the documents it references.
 * @param documents the document and everything it references
 * @param targetId `_id` of the job profile or vacancy
 * @param options clock and base URL, as in the build
 * @returns the page (if any), its issues, and the reason when there is no page
 */
export async function previewPage(documents: ReadonlyArray<RawDocument>, targetId: string, options: ExportOptions): Promise<PagePreview> {
  const result = await buildPages(documents, options)
  const kind = documents.find((d) => d.value._id === targetId)?.value._type === 'vacancy' ? 'vacancy' : 'profile'
  // A profile's id is also among its vacancies' sources: match the kind as well.
  const page = result.pages.find((p) => p.kind === kind && p.sourceIds.includes(targetId))
  const related = new Set(page ? page.sourceIds : [targetId])
  const issues = result.issues.filter((i) => related.has(i.docId))
  if (page && result.ok) return { page, issues, status: 'written', reason: undefined }
  if (page) return { page, issues, status: 'refused', reason: 'The build refuses this content: it has errors (listed below), so nothing would be written.' }
  const expired = issues.find((i) => i.code === 'vacancy.expired')
  if (expired) return { page: undefined, issues, status: 'expired', reason: `This vacancy has expired and is not exported: ${expired.message}.` }
  if (issues.some((i) => i.severity === 'error'))
    return { page: undefined, issues, status: 'none', reason: 'This document gives no page: the build refuses it because of the errors below.' }
  return { page: undefined, issues, status: 'none', reason: 'This document gives no page: only job profiles and current vacancies are exported.' }
}
