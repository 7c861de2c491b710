import { z } from 'zod'
import type { StudioMessageId } from '../../messages/studioMessages.ts'
import { systemFields } from '../common.ts'
import type { DocumentType } from '../documentTypes.ts'
import type { GroupId } from '../groups.ts'
import type { OrderingId } from '../orderings.ts'
import { documentRules } from '../../rules/layers/documentRules.ts'
import { addViolation } from './addViolation.ts'
import { applyFieldRules } from './applyFieldRules.ts'
import { importHash } from './importHash.ts'
import { fieldShape, slimShape, type FieldShape, type SlimShape } from './shape.ts'
import type { DocumentDeclaration, FieldWords, Fields, FrontMatterKeys, PreviewDeclaration } from './types.ts'

/** The zod schema of a document type: Sanity's system fields, the importer's fingerprint, `_type`, the fields. */
export type DocumentSchema<N extends DocumentType, F extends Fields> = z.ZodObject<
  typeof systemFields & { importHash: z.ZodOptional<z.ZodString>; _type: z.ZodLiteral<N> } & FieldShape<F>
>

/** The slim form of a document type: its `_id` and `_type`, and its slim fields. */
export type DocumentSlimSchema<N extends DocumentType, F extends Fields> = z.ZodObject<{ _id: z.ZodString; _type: z.ZodLiteral<N> } & SlimShape<F>>

/**
 * Declares one of jobld's document types.
 * @param declaration its name, words in Dutch and English, fields, and what the Studio and the importer add
 * @returns the declaration, with its content rules (scripts/core/rules), its zod schema (which runs the rules of the whole document
 *   on a document whose fields are valid) and slim form
 */
export function defineDocument<const N extends DocumentType, const F extends Fields, const M extends FrontMatterKeys = FrontMatterKeys>(declaration: {
  name: N
  nl: FieldWords
  en: FieldWords
  fields: F
  groups?: readonly GroupId[]
  orderings?: readonly OrderingId[]
  preview?: PreviewDeclaration
  frontMatter?: M
  incomplete?: { id: string; title: StudioMessageId }
}): DocumentDeclaration<N, F, DocumentSchema<N, F>, DocumentSlimSchema<N, F>, M> {
  const { name, nl, en, fields: declared, ...rest } = declaration
  // The content rules of the type (scripts/core/rules): its fields', its own, its Studio checks.
  const rules = documentRules(name)
  const fields = applyFieldRules(name, declared, rules.fields)
  const { check, warnings, studio } = rules
  const object = z.object({ ...systemFields, importHash: importHash.schema, _type: z.literal(name), ...fieldShape(fields) })
  // The shapes above are the types'; a refinement keeps the object's type.
  const schema = (check ? object.superRefine((doc, ctx) => check(doc).forEach((v) => addViolation(ctx, v))) : object) as DocumentSchema<N, F>
  const slimSchema = z.object({ _id: z.string(), _type: z.literal(name), ...slimShape(fields) }) as DocumentSlimSchema<N, F>
  const references = Object.entries(fields).flatMap(([field, declared]) => (declared.reference ? [{ field, type: declared.reference.to, many: declared.reference.many }] : []))
  return { kind: 'document', name, words: { nl, en }, fields, ...(check ? { check } : {}), ...(warnings ? { warnings } : {}), ...(studio.length ? { studioChecks: studio } : {}), ...rest, references, schema, slimSchema }
}
