import { z } from 'zod'
import { systemFields } from '../common.ts'
import type { DocumentType } from '../documentTypes.ts'
import type { GroupId } from '../groups.ts'
import type { OrderingId } from '../orderings.ts'
import type { StudioMessageId } from '../../messages/studioMessages.ts'
import { addViolation } from './addViolation.ts'
import { importHash } from './importHash.ts'
import { fieldShape, type FieldShape } from './shape.ts'
import type { CrossFieldCheck, DocumentDeclaration, FieldWords, Fields, FrontMatterKeys, PreviewDeclaration, StudioCheckId } from './types.ts'

/** The zod schema of a document type: Sanity's system fields, the importer's fingerprint, `_type`, the fields. */
export type DocumentSchema<N extends DocumentType, F extends Fields> = z.ZodObject<
  typeof systemFields & { importHash: z.ZodOptional<z.ZodString>; _type: z.ZodLiteral<N> } & FieldShape<F>
>

/**
 * Declares one of jobld's document types.
 * @param declaration its name, words in Dutch and English, fields, and what the Studio and the importer add
 * @returns the declaration, with its zod schema (which runs `check` on a document whose fields are valid)
 */
export function defineDocument<const N extends DocumentType, const F extends Fields>(declaration: {
  name: N
  nl: FieldWords
  en: FieldWords
  fields: F
  groups?: readonly GroupId[]
  check?: CrossFieldCheck
  studioChecks?: readonly StudioCheckId[]
  orderings?: readonly OrderingId[]
  preview?: PreviewDeclaration
  frontMatter?: FrontMatterKeys
  incomplete?: { id: string; title: StudioMessageId }
}): DocumentDeclaration<N, F, DocumentSchema<N, F>> {
  const { name, nl, en, fields, check, ...rest } = declaration
  const object = z.object({
    ...systemFields,
    importHash: importHash.schema,
    _type: z.literal(name),
    ...fieldShape(fields),
  })
  // The shape above is the type's; a refinement keeps the object's type.
  const schema = (check ? object.superRefine((doc, ctx) => check(doc).forEach((v) => addViolation(ctx, v))) : object) as DocumentSchema<N, F>
  return { kind: 'document', name, words: { nl, en }, fields, ...(check ? { check } : {}), ...rest, schema }
}
