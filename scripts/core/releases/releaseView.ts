/**
 * Sanity's perspective for a stack of Content Releases, computed from raw documents: what a
 * dataset holds once the releases ship, one after another. A release keeps its changes as version
 * documents, `versions.<release>.<id>`, beside the published `<id>`; a version marked
 * `_system.delete` unpublishes its document
 * (https://www.sanity.io/docs/content-lake/drafts-and-versions). In a stack, the version of the
 * release that ships last wins, as in the Content Lake's `perspective=<last>,…,<first>`. Drafts
 * take no part: they ship with no release.
 */
import { isRecord } from '../isRecord.ts'

/** The dataset as it will be once the releases ship, and what they take out of it. */
export interface ReleaseView {
  /** Published documents after the releases, with their versions in place (under their published `_id`, `_originalId` the version's). */
  documents: Array<Record<string, unknown>>
  /** Documents that exist before a release of the stack unpublishes them (published, or created by an earlier release), and that release. */
  unpublished: Array<{ id: string; type: string; release: string }>
  /** Versions each release of the stack holds (new, changed or unpublished documents), 0 for one without any. */
  versions: Record<string, number>
}

/**
 * Overlays releases on the published documents, as the Content Lake does for a perspective of
 * release ids.
 * @param documents raw documents: published ones, drafts and versions of any release (an export with versions, or `perspective=raw`)
 * @param stack the releases' ids (the `<release>` in `versions.<release>.<id>`), in the order they ship
 * @returns the documents after the releases, the ones they unpublish, and how many versions each holds
 */
export function releaseView(documents: Iterable<Record<string, unknown>>, stack: readonly string[]): ReleaseView {
  const layer = new Map(stack.map((release, index) => [release, index]))
  const published = new Map<string, Record<string, unknown>>()
  // Per document, its versions in the stack's order (a gap where a release has none).
  const versions = new Map<string, Array<Record<string, unknown> | undefined>>()
  const counts: Record<string, number> = Object.fromEntries(stack.map((release) => [release, 0]))
  for (const doc of documents) {
    const id = doc._id
    if (typeof id !== 'string') continue
    if (id.startsWith('versions.')) {
      const dot = id.indexOf('.', 'versions.'.length)
      const release = id.slice('versions.'.length, dot)
      const index = dot < 0 ? undefined : layer.get(release)
      // Versions of other releases are no part of this view.
      if (index === undefined) continue
      const own = id.slice(dot + 1)
      const layers = versions.get(own) ?? []
      layers[index] = doc
      versions.set(own, layers)
      counts[release] = (counts[release] ?? 0) + 1
    }
    // Drafts and system documents (`_.releases.…`) are no content of the view.
    else if (!id.startsWith('drafts.') && !id.startsWith('_.')) published.set(id, doc)
  }
  const out: Array<Record<string, unknown>> = []
  const unpublished: ReleaseView['unpublished'] = []
  const seen = new Set<string>()
  const place = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    const layers = versions.get(id) ?? []
    const top = layers.findLastIndex((version) => version !== undefined)
    const version = layers[top]
    if (!version) {
      const doc = published.get(id)
      if (doc) out.push(doc)
      return
    }
    if (!isUnpublishing(version)) {
      out.push({ ...version, _id: id, _originalId: version._id })
      return
    }
    // What the release takes out: the published document, or the version of an earlier release.
    const below = layers.slice(0, top).findLast((doc) => doc !== undefined && !isUnpublishing(doc)) ?? published.get(id)
    if (below) unpublished.push({ id, type: typeName(below) ?? typeName(version) ?? '(unknown)', release: stack[top] ?? '' })
  }
  // Published order first, then documents the releases create.
  for (const id of published.keys()) place(id)
  for (const id of versions.keys()) place(id)
  return { documents: out, unpublished, versions: counts }
}

/** Whether a version unpublishes its document when its release ships: Sanity marks it `_system: {delete: true}`. */
function isUnpublishing(version: Record<string, unknown>): boolean {
  return isRecord(version._system) && version._system.delete === true
}

function typeName(doc: Record<string, unknown>): string | undefined {
  return typeof doc._type === 'string' ? doc._type : undefined
}
