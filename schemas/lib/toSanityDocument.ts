import type { SchemaTypeDefinition } from 'sanity'
import type { DocumentDeclaration } from '../../scripts/core/model/declare/types.ts'
import { importHash } from '../../scripts/core/model/declare/importHash.ts'
import { toSanityGroup } from './groups.ts'
import { toSanityOrdering } from './orderings.ts'
import { validationLanguage } from './studioLanguage.ts'
import { toSanityField, type SanityContext } from './toSanityField.ts'
import { toSanityPreview } from './toSanityPreview.ts'
import type { SanityValidation } from './toSanityValidation.ts'
import { toValidationErrors } from './toValidationErrors.ts'

/** The document's own validation: the model's rules that span its fields, those that only warn, then its Studio-only rules. */
function documentValidation(declaration: DocumentDeclaration, context: SanityContext): SanityValidation | undefined {
  const { check, warnings, studioChecks = [] } = declaration
  if (!check && !warnings && studioChecks.length === 0) return undefined
  return (rule) => {
    const out = [
      ...(check ? [rule.custom((doc, ctx) => toValidationErrors(check(doc), doc, validationLanguage(ctx))).error()] : []),
      ...(warnings ? [rule.custom((doc, ctx) => toValidationErrors(warnings(doc), doc, validationLanguage(ctx))).warning()] : []),
      ...studioChecks.map((id) => rule.custom((doc, ctx) => context.checks[id](doc, ctx)).error()),
    ]
    const [only] = out
    return out.length === 1 && only ? only : out
  }
}

/**
 * One of jobld's document types in the Studio's schema, from its declaration in the model, under
 * the Studio's name for it: its fields and the hidden import fingerprint, groups, validation,
 * orderings and preview.
 * @param declaration the document type
 * @param context the Studio's type names and Studio-only validators
 * @returns the type's definition
 */
export function toSanityDocument(declaration: DocumentDeclaration, context: SanityContext): SchemaTypeDefinition {
  const { name, words, fields, groups, orderings, preview } = declaration
  const validation = documentValidation(declaration, context)
  const definition = {
    name: context.names[name],
    title: words.nl.title,
    type: 'document',
    ...(groups ? { groups: groups.map((group, i) => toSanityGroup(group, i === 0)) } : {}),
    fields: [
      ...Object.entries(fields).map(([field, declared]) => toSanityField(field, declared, `${name}.${field}`, context)),
      toSanityField('importHash', importHash, 'shared.importHash', context),
    ],
    ...(validation ? { validation } : {}),
    ...(orderings ? { orderings: orderings.map(toSanityOrdering) } : {}),
    ...(preview ? { preview: toSanityPreview(preview) } : {}),
  }
  return definition
}
