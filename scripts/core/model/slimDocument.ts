import { z } from 'zod'
import { documentDeclarations, type ContentDocument } from './index.ts'

const { jobProfile, salaryTier, faqEntry, organization, vacancy } = documentDeclarations

/** A reference as checks across documents read it. */
export type SlimRef = { _ref: string }

/** The fields of a job profile that checks across documents and page planning read (its slim fields). */
export type SlimProfile = z.infer<typeof jobProfile.slimSchema>
/** The fields of a salary tier that the tier ladder and the vacancy's salary estimate read. */
export type SlimTier = z.infer<typeof salaryTier.slimSchema>
/** The fields of an FAQ entry that the language check reads. */
export type SlimFaq = z.infer<typeof faqEntry.slimSchema>
/** An organisation is referenced; its logo is checked against Google's rules. */
export type SlimOrganization = z.infer<typeof organization.slimSchema>
/** The fields of a vacancy that the vacancy checks and page planning read. */
export type SlimVacancy = z.infer<typeof vacancy.slimSchema>

/**
 * A valid document reduced to what checks across documents need: small enough to keep for
 * 300,000 documents and to cache between exports. Every full document is also a slim one.
 */
export type SlimDocument = (SlimProfile | SlimTier | SlimFaq | SlimOrganization | SlimVacancy) & {
  /** When the document last changed in the Content Lake (Sanity's `_updatedAt`), for the manifest and sitemaps. */
  _updatedAt?: string | undefined
}

/** The slim form of every document type, told apart by `_type` (each declaration marks its slim fields). */
const SlimDocument = z.discriminatedUnion('_type', [jobProfile.slimSchema, salaryTier.slimSchema, faqEntry.slimSchema, organization.slimSchema, vacancy.slimSchema])

/**
 * Reduces a valid document to its slim form.
 * @param doc the document as the zod model returned it
 * @returns a new object with only the fields checks across documents read
 */
export function slimDocument(doc: ContentDocument): SlimDocument {
  return SlimDocument.parse(doc)
}

/**
 * Reads a value as a slim document, as the examples of the rules across documents give them.
 * @param value a document or its slim form
 * @returns the slim document
 * @throws ZodError when it is not one
 */
export function parseSlimDocument(value: unknown): SlimDocument {
  return SlimDocument.parse(value)
}
