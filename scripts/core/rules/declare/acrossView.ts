import type { DocumentType } from '../../model/documentTypes.ts'
import type { ReferenceField } from '../../model/declare/types.ts'
import type { SlimDocument } from '../../model/slimDocument.ts'
import type { SanityProject } from '../../sanityProject.ts'
import type { PayTransparency } from '../lib/checkPayTransparency.ts'

/**
 * What a rule across documents reads of the dataset while it checks one document: the other
 * documents that passed their own checks, in the slim form (core/model/slimDocument.ts), and what
 * is known of the rest. The build's checks across documents (core/validate/checkAcross.ts) give it
 * over the whole dataset, kept in memory or in the content store.
 */
export interface AcrossView {
  /** The valid document of an `_id`: its one entry, when that passed its own checks (an `_id` given twice has none). */
  valid(id: string): SlimDocument | undefined
  /** Whether an `_id` has a published entry, valid or not. */
  has(id: string): boolean
  /** The `_type` an `_id` was given, whatever became of its document. */
  typeOf(id: string): string | undefined
  /** The `_id`s whose valid document of this type has this slug, in any order (a superset is fine: each is looked up again). */
  slugOwners(type: 'jobProfile' | 'vacancy', slug: string): Iterable<string>
  /** The reference fields of a document type, from the model. */
  references(type: DocumentType): readonly ReferenceField[]
  /** The build's clock. */
  readonly now: Date
  /** The Sanity project images are published from, when the build knows it. */
  readonly project: SanityProject | undefined
  /** Per country, the day a vacancy there must state its own pay (the resolved option `payTransparency`). */
  readonly payTransparency: PayTransparency
}

/** The references among valid documents, as a rule on the whole dataset's references (cycles) reads them. */
export interface ReferenceGraph {
  /** The valid documents that have reference fields, in `_id` order. */
  readonly ids: readonly string[]
  /** The targets of such a document's references, in field order (undefined for any other `_id`). */
  targets(id: string): readonly string[] | undefined
  /** The type of a valid document. */
  typeOf(id: string): string | undefined
}
