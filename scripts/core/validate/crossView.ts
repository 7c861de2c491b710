/**
 * What the checks across documents read about a dataset, wherever it is kept: in memory for a
 * library call, in the content store for `jobld export`. The checks are written against this
 * view one document at a time (checkAcross), so that an export re-checks only the documents a
 * change can affect and a full check is the same function run for every `_id`.
 */
import type { Issue, Position } from '../issue.ts'
import type { DocumentCheck } from './checkDocument.ts'
import type { SlimDocument } from '../model/slimDocument.ts'

/** One entry of a dataset (an NDJSON line, a merged Markdown document, a Content Lake document) with its own verdict. */
export interface CrossEntry {
  check: DocumentCheck<SlimDocument>
  /** Orders entries as the source does (its line, its place in the stream): the first of two wins. */
  order: number
  position?: Position | undefined
  fieldPositions?: ReadonlyMap<string, Position> | undefined
}

/** The dataset as the checks across documents read it. */
export interface CrossView {
  /** The entries with this `_id` in source order (drafts and release versions left out): one, or more when the `_id` is duplicated. */
  entries(id: string): ReadonlyArray<CrossEntry>
  /** The `_id`s whose valid document of this type has this slug, in any order (a superset is fine: each is looked up again). */
  slugOwners(type: 'jobProfile' | 'vacancy', slug: string): Iterable<string>
}

/** What the checks across documents find for one `_id`, by the phase that finds it. */
export interface CrossUnit {
  /** The own issues of its first entry, when that is invalid. */
  own: Issue[]
  /** One error per later entry with the same `_id`, in source order. */
  duplicates: Issue[]
  /** References that point at a draft, at nothing, or at a document of another type. */
  references: Issue[]
  /** A slug that an earlier `_id` of the same type already has. */
  slug: Issue[]
  /** A profile's tier ladder (one issue per key, `ladderKey` set), net tiers and FAQ languages. */
  profile: Array<Issue & { ladderKey?: string }>
  /** A vacancy's own rules across documents (tier of its profile, net pay, expiry, hours). */
  vacancy: Issue[]
  /** An organisation's warnings (its logo), and its uploaded logo without a known Sanity project. */
  organization: Issue[]
  /** A translation metadata document's members that state other facts than its first (the rule translationFacts). */
  translations: Issue[]
  /** The notice that a vacancy's JobPosting states its tier as an estimate: dropped when the vacancy has an error. */
  estimate: Issue | undefined
  /** The first entry is of a type jobld does not export: counted in one notice per type. */
  unknownType: { typeKey: string; order: number; position?: Position | undefined } | undefined
  /** A current vacancy left out because it expired. */
  expired: boolean
  /** A reference points at a document of another type: a cycle is possible, and is looked for. */
  wrongType: boolean
}
