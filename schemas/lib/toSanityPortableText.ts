import type { SchemaTypeDefinition } from 'sanity'
import type { PortableTextDeclaration } from '../../scripts/core/model/declare/definePortableText.ts'
import { objectTypes } from '../../scripts/core/model/objectTypes.ts'
import { toSanityTextBlock } from './textBlock.ts'
import type { SanityContext } from './toSanityField.ts'

/**
 * One of jobld's rich text types in the Studio's schema: an array of text blocks, and of tables when it holds them.
 * @param declaration the rich text type
 * @param context the Studio's type names and Studio-only validators
 * @returns the type's definition
 */
export function toSanityPortableText(declaration: PortableTextDeclaration, context: SanityContext): SchemaTypeDefinition {
  const { name, words, tables } = declaration
  const definition = {
    name,
    title: words.nl.title,
    type: 'array',
    of: [toSanityTextBlock(context), ...(tables ? [{ type: objectTypes.table }] : [])],
  }
  return definition
}
