import { useEffect, useMemo, useState } from 'react'
import { getPublishedId, useClient, usePerspective } from 'sanity'
import type { Language } from '../../../scripts/core/messages/wording.ts'
import { normaliseTypes, type DocumentTypeNames } from '../../../scripts/core/model/documentTypes.ts'
import type { PayTransparency } from '../../../scripts/core/rules/lib/checkPayTransparency.ts'
import type { Config } from '../../../scripts/core/config/resolveConfig.ts'
import { previewPage, type PagePreview } from '../../../scripts/export/lib/previewPage.ts'
import type { RawDocument } from '../../../scripts/core/rawDocument.ts'
import { collectRefs } from './collectRefs.ts'
import type { PreviewStatus } from './describePreview.ts'
import { describeSalary } from './describeSalary.ts'
import { fetchRelated, type Related } from './fetchRelated.ts'
import { perspectiveNote } from './perspectiveNote.ts'

/** The export's result for one page the edited document is part of. */
export interface PageResult {
  /** `_id` of the job profile or vacancy the page is built from. */
  targetId: string
  /** Its type, by jobld's name (`jobProfile` or `vacancy`). */
  targetType: string
  preview: PagePreview
  /** For a vacancy: what its JobPosting states about pay, in the Studio's language (describeSalary). */
  salary: PreviewStatus | undefined
}

/** What the view shows while fetching, after a failed fetch, and when done. */
export type JsonLdPreviewState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; results: PageResult[] }

/** The view's state, and which perspective it shows, in the Studio's language. */
export type JsonLdPreview = JsonLdPreviewState & { perspective: string }

/**
 * Runs the export's validation and JSON-LD transform on the document being edited (its draft,
 * under its published `_id`) together with the documents it references as the perspective the
 * editor selected shows them (published, drafts, or a release and those before it), for the
 * Studio's JSON-LD view. A salary tier, FAQ entry or organisation shows the pages of the job
 * profiles and vacancies that use it.
 * @param displayed the document as the form shows it, draft included
 * @param documentId the document's `_id` (a `drafts.` prefix is dropped)
 * @param studioType the document's `_type` as the Studio names it
 * @param options base URL of the career pages (as given to the build) and the Studio's names of jobld's types
 * @param language the Studio's language, for the salary sentence
 * @param reloadKey changes when the editor asks to fetch the referenced documents again
 * @returns loading, error, or the result per page, and the sentence saying which perspective it shows
 */
export function useJsonLdPreview(
  displayed: Partial<Record<string, unknown>>,
  documentId: string,
  studioType: string,
  options: { baseUrl: string | undefined; names: DocumentTypeNames; payTransparency?: PayTransparency | undefined; fieldLanguages?: Config['fieldLanguages'] },
  language: Language,
  reloadKey: number,
): JsonLdPreview {
  const { baseUrl, names, payTransparency, fieldLanguages } = options
  const client = useClient({ apiVersion: '2025-02-19' })
  const { perspectiveStack, selectedPerspective } = usePerspective()
  // The stack Sanity gives for the selection: ['published'], ['drafts'], or a release over those before it and the drafts.
  const stackKey = perspectiveStack.join(',')
  // Keyed by the stack's text: Sanity may hand a new array with the same perspectives.
  const perspectiveClient = useMemo(() => client.withConfig({ perspective: perspectiveStack }), [client, stackKey])
  // Images uploaded to this Studio are published from its own project and dataset.
  const { projectId, dataset } = client.config()
  const id = getPublishedId(documentId)
  // The build reads documents under jobld's type names: the Studio's are mapped as the export maps them.
  const own = useMemo<Record<string, unknown>>(() => normaliseTypes({ ...displayed, _id: id, _type: studioType }, names), [displayed, id, studioType, names])
  const type = typeof own._type === 'string' ? own._type : studioType
  // Refetch when the references change, not on every keystroke.
  const refsKey = useMemo(() => collectRefs(own).sort().join(','), [own])
  const [related, setRelated] = useState<{ key: string; value: Related } | { key: string; error: string } | undefined>()
  const fetchKey = `${id}|${refsKey}|${reloadKey}|${stackKey}`

  useEffect(() => {
    let cancelled = false
    fetchRelated(perspectiveClient, own, id, type, names).then(
      (value) => {
        if (!cancelled) setRelated({ key: fetchKey, value })
      },
      (error: unknown) => {
        if (!cancelled) setRelated({ key: fetchKey, error: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => {
      cancelled = true
    }
    // `own` changes on every edit; the fetch depends only on what fetchKey captures.
  }, [perspectiveClient, fetchKey])

  // The export pipeline runs asynchronously: each edit starts a run, and only the newest one shows.
  const [state, setState] = useState<JsonLdPreviewState>({ status: 'loading' })
  useEffect(() => {
    // A fetch for another document, reference set or perspective is not this one's: the view waits
    // rather than show one perspective's pages under another's line.
    if (!related || related.key !== fetchKey) return setState({ status: 'loading' })
    if ('error' in related) return setState({ status: 'error', message: related.error })
    let cancelled = false
    const documents: RawDocument[] = [own, ...related.value.documents.filter((doc) => doc._id !== id).map((doc) => normaliseTypes(doc, names))].map(
      (value) => ({ value }),
    )
    const now = new Date()
    Promise.all(
      related.value.targets.map(async (target) => ({
        targetId: target.id,
        targetType: target.type,
        preview: await previewPage(documents, target.id, { now, baseUrl, projectId, dataset, payTransparency, fieldLanguages }),
        salary: target.type === 'vacancy' ? describeSalary(documents, target.id, language) : undefined,
      })),
    ).then(
      (results) => {
        if (!cancelled) setState({ status: 'ready', results })
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => {
      cancelled = true
    }
  }, [related, fetchKey, own, id, baseUrl, projectId, dataset, names, payTransparency, fieldLanguages, language])
  return { ...state, perspective: perspectiveNote(selectedPerspective, language) }
}
