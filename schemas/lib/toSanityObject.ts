import type { SchemaTypeDefinition } from 'sanity'
import type { ObjectDeclaration } from '../../scripts/core/model/declare/types.ts'
import { toSanityField, type SanityContext } from './toSanityField.ts'
import { toSanityPreview } from './toSanityPreview.ts'

/**
 * One of jobld's object types in the Studio's schema, from its declaration in the model.
 * @param declaration the object type
 * @param context the Studio's type names and Studio-only validators
 * @returns the type's definition
 */
export function toSanityObject(declaration: ObjectDeclaration, context: SanityContext): SchemaTypeDefinition {
  const { name, words, fields, preview } = declaration
  const definition = {
    name,
    title: words.nl.title,
    type: 'object',
    fields: Object.entries(fields).map(([field, declared]) => toSanityField(field, declared, `${name}.${field}`, context)),
    ...(preview ? { preview: toSanityPreview(preview) } : {}),
  }
  return definition
}
