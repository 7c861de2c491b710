/**
 * Which Content Releases a release's view stacks: the dataset as it will be when a release ships
 * holds every release that ships before it. Sanity keeps each release as a document
 * `_.releases.<id>` (`_type: "system.release"`) with `metadata.releaseType` (`asap`, `scheduled`,
 * `undecided`), a time for a scheduled one (`publishAt` once scheduled, else
 * `metadata.intendedPublishAt`) and a `state`. The order is the Studio's perspective stack (its
 * `sortReleases`), so that `jobld validate --release` and the Studio's JSON-LD view agree: ASAP
 * releases ship first (the older first), then scheduled ones by their time (one without a time
 * below the timed ones, as the Studio puts it), then undecided ones (the older first).
 */
import { isRecord } from '../isRecord.ts'

/** The releases a view stacks, in the order they ship: the last is the release the view is for. */
export interface ReleaseStack {
  releases: string[]
  /**
   * How the stack was chosen: `given` as a list; `schedule` from the release documents (every
   * release that ships before the given one under it); `unknown` when the dataset has no release
   * document for the given release, so nothing could be stacked under it.
   */
  by: 'given' | 'schedule' | 'unknown'
}

/** States of a release that has shipped or will not ship: such a release is no part of a stack. */
const gone = new Set(['published', 'archived', 'archiving', 'deleted'])

/**
 * The stack of a release: a list of two or more releases is the stack as given (in the order they
 * ship); one release is stacked over every release that ships before it, from the release documents.
 * @param documents documents of the dataset; only the release documents (`_.releases.<id>`) are read
 * @param given the releases named, in the order they ship (the `release` option)
 * @returns the releases of the view in the order they ship, and how they were chosen
 */
export function releaseStack(documents: Iterable<Record<string, unknown>>, given: readonly string[]): ReleaseStack {
  const target = given.at(-1)
  if (given.length !== 1 || target === undefined) return { releases: [...given], by: 'given' }
  const pending: Array<{ id: string; rank: number; time: number | undefined; created: string }> = []
  let known = false
  for (const doc of documents) {
    const id = typeof doc._id === 'string' && doc._id.startsWith('_.releases.') ? doc._id.slice('_.releases.'.length) : undefined
    if (id === undefined || id.includes('.')) continue
    if (id === target) known = true
    if (id !== target && typeof doc.state === 'string' && gone.has(doc.state)) continue
    const metadata = isRecord(doc.metadata) ? doc.metadata : {}
    const type = metadata.releaseType
    const at = typeof doc.publishAt === 'string' ? doc.publishAt : typeof metadata.intendedPublishAt === 'string' ? metadata.intendedPublishAt : undefined
    const time = at === undefined ? undefined : Date.parse(at)
    pending.push({
      id,
      rank: type === 'asap' ? 0 : type === 'scheduled' ? 1 : 2,
      time: time === undefined || Number.isNaN(time) ? undefined : time,
      created: typeof doc._createdAt === 'string' ? doc._createdAt : '',
    })
  }
  if (!known) return { releases: [target], by: 'unknown' }
  pending.sort((a, b) => a.rank - b.rank || (a.rank === 1 ? byTime(a.time, b.time) : 0) || compare(a.created, b.created) || compare(a.id, b.id))
  const releases = pending.map(({ id }) => id)
  return { releases: releases.slice(0, releases.indexOf(target) + 1), by: 'schedule' }
}

/** Scheduled releases by time, earliest first; one without a time ships before the timed ones (the Studio's order). */
function byTime(a: number | undefined, b: number | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1
  return a - b
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
