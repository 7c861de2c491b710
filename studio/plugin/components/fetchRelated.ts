import { isRecord } from '../../../scripts/core/isRecord.ts'
import { normaliseTypes, type DocumentTypeNames } from '../../../scripts/core/model/documentTypes.ts'
import { collectRefs } from './collectRefs.ts'

/** How far references are followed (vacancy → profile → tiers, FAQ, publisher is 2). */
const maxDepth = 5

/** What the view needs of a client: GROQ queries, answered in the perspective it was made with. */
export interface QueryClient {
  fetch(query: string, params: Record<string, unknown>): Promise<unknown>
}

/** The pages a document is part of, and the documents they need. */
export interface Related {
  /** The pages to preview: the document itself, or the profiles and vacancies that use it. */
  targets: Array<{ id: string; type: string }>
  /** Every document the targets reference, directly or not, as the client's perspective shows them. */
  documents: Record<string, unknown>[]
}

/**
 * Fetches the documents a page needs, following references from the seeds, in the client's
 * perspective (published, drafts or a release's stack: the one the editor selected).
 */
async function fetchClosure(client: QueryClient, seeds: ReadonlyArray<Record<string, unknown>>, known: Set<string>): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  let pending = seeds.flatMap((doc) => collectRefs(doc)).filter((id) => !known.has(id))
  for (let depth = 0; depth < maxDepth && pending.length > 0; depth++) {
    for (const id of pending) known.add(id)
    const rows = await client.fetch('*[_id in $ids]', { ids: pending })
    const docs = (Array.isArray(rows) ? rows : []).filter(isRecord)
    out.push(...docs)
    pending = [...new Set(docs.flatMap((doc) => collectRefs(doc)))].filter((id) => !known.has(id))
  }
  return out
}

/**
 * The pages the edited document is part of and the documents they are built from: a job profile
 * or vacancy is its own page; a salary tier, FAQ entry or organisation shows the pages of the
 * profiles and vacancies that use it. Documents come as the client's perspective shows them, so a
 * document the selected release unpublishes is missing, as it will be once the release ships.
 * @param client a client made with the selected perspective
 * @param own the edited document, under jobld's type names
 * @param id its published `_id`
 * @param type its type, by jobld's name
 * @param names the Studio's names of jobld's types
 * @returns the targets and the documents
 */
export async function fetchRelated(client: QueryClient, own: Record<string, unknown>, id: string, type: string, names: DocumentTypeNames): Promise<Related> {
  if (type === 'jobProfile' || type === 'vacancy') {
    return { targets: [{ id, type }], documents: await fetchClosure(client, [own], new Set([id])) }
  }
  const rows = await client.fetch('*[_type in $types && references($id)]', { id, types: [names.jobProfile, names.vacancy] })
  const users = (Array.isArray(rows) ? rows : []).filter(isRecord).map((doc) => normaliseTypes(doc, names))
  const targets = users.flatMap((doc) => (typeof doc._id === 'string' && typeof doc._type === 'string' ? [{ id: doc._id, type: doc._type }] : []))
  const known = new Set([id, ...targets.map((t) => t.id)])
  return { targets, documents: [...users, ...(await fetchClosure(client, [own, ...users], known))] }
}
