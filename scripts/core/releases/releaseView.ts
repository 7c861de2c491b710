/**
 * Sanity's release perspective, computed from raw documents: what a dataset holds once a Content
 * Release ships. A release keeps its changes as version documents, `versions.<release>.<id>`,
 * beside the published `<id>`; a version marked `_system.delete` unpublishes its document
 * (https://www.sanity.io/docs/content-lake/drafts-and-versions). Drafts take no part: they ship
 * with no release.
 */

/** The dataset as it will be once the release ships, and what the release takes out of it. */
export interface ReleaseView {
  /** Published documents after the release, with the release's versions in place (under their published `_id`, `_originalId` the version's). */
  documents: Array<Record<string, unknown>>
  /** Published documents that the release unpublishes. */
  unpublished: Array<{ id: string; type: string }>
  /** Versions the release holds (new, changed or unpublished documents). */
  versions: number
}

/**
 * Overlays a release on the published documents, as the Content Lake does for `perspective=<release>`.
 * @param documents raw documents: published ones, drafts and versions of any release (an export with versions, or `perspective=raw`)
 * @param release the release's id (the `<release>` in `versions.<release>.<id>`)
 * @returns the documents after the release, the ones it unpublishes, and how many versions it holds
 */
export function releaseView(documents: Iterable<Record<string, unknown>>, release: string): ReleaseView {
  const prefix = `versions.${release}.`
  const published = new Map<string, Record<string, unknown>>()
  const versions = new Map<string, Record<string, unknown>>()
  for (const doc of documents) {
    const id = doc._id
    if (typeof id !== 'string') continue
    if (id.startsWith(prefix)) versions.set(id.slice(prefix.length), doc)
    // Drafts, other releases' versions and system documents (`_.releases.…`) are no content of the view.
    else if (!id.startsWith('drafts.') && !id.startsWith('versions.') && !id.startsWith('_.')) published.set(id, doc)
  }
  const out: Array<Record<string, unknown>> = []
  const unpublished: ReleaseView['unpublished'] = []
  const seen = new Set<string>()
  const place = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    const version = versions.get(id)
    if (!version) {
      const doc = published.get(id)
      if (doc) out.push(doc)
      return
    }
    if (isUnpublishing(version)) {
      const doc = published.get(id)
      if (doc) unpublished.push({ id, type: typeof doc._type === 'string' ? doc._type : typeof version._type === 'string' ? version._type : '(unknown)' })
      return
    }
    out.push({ ...version, _id: id, _originalId: version._id })
  }
  // Published order first, then documents the release creates.
  for (const id of published.keys()) place(id)
  for (const id of versions.keys()) place(id)
  return { documents: out, unpublished, versions: versions.size }
}

/** Whether a version unpublishes its document when its release ships: Sanity marks it `_system: {delete: true}`. */
function isUnpublishing(version: Record<string, unknown>): boolean {
  const system = version._system
  return typeof system === 'object' && system !== null && 'delete' in system && system.delete === true
}
