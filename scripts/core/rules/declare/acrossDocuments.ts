import type { DocumentType } from '../../model/documentTypes.ts'
import type { ReferenceField } from '../../model/declare/types.ts'
import type { SlimDocument, SlimProfile, SlimVacancy } from '../../model/slimDocument.ts'

/**
 * What a rule across documents reads: every document that passed its own checks, in the slim form
 * (core/model/slimDocument.ts), and what is known of the others.
 */
export interface AcrossDocuments {
  /** The valid documents by `_id` (an id given twice is in none of these). */
  readonly byId: ReadonlyMap<string, SlimDocument>
  /** The valid job profiles, in `_id` order. */
  readonly profiles: readonly SlimProfile[]
  /** The valid vacancies, in `_id` order. */
  readonly vacancies: readonly SlimVacancy[]
  /** Every published id of the source, valid or not. */
  readonly ids: { has(id: string): boolean }
  /** The `_type` each id was given, valid or not. */
  readonly typeOf: { get(id: string): string | undefined }
  /** The reference fields of a document type, from the model. */
  readonly references: (type: DocumentType) => readonly ReferenceField[]
  /** The build's clock. */
  readonly now: Date
}
